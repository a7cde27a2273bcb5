/**
 * What newcomers come for: activities posted by approved organisations (language cafés,
 * volunteer assignments, culture events, buddy programmes, free venues, equipment
 * lending, people to borrow), searched in the application with Lucene because the store
 * has no text or geo search of its own; the home page also shows the rooms and equipment
 * {@code resources} finds. Depends on {@code organisations}, {@code municipalities},
 * {@code resources} and {@code shared}.
 */
package no.hverdag.activities;
