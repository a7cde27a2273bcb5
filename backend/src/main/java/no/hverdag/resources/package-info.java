/**
 * Things to use besides activities, found together: rooms to book and equipment to
 * borrow. A port ({@link no.hverdag.resources.ResourceSearch}) that the {@code venues}
 * and {@code equipment} modules fill with their own small in-memory search, a tolerant
 * multilingual vocabulary they share ({@link no.hverdag.resources.Vocabulary}), and the
 * one place that asks them all ({@link no.hverdag.resources.ResourceFinder}) for the home
 * page, "for you" and {@code /api/v1/resources}. Depends only on {@code municipalities}
 * and {@code shared}, so both the modules that answer and those that ask may depend on it
 * without a cycle.
 */
package no.hverdag.resources;
