/**
 * Demo content (seed-data/demo.json) for local runs and tests: organisations, activities,
 * libraries with people to borrow, and role assignments for the demo users, keyed by the
 * issuer configured as {@code hverdag.seed.demo-issuer}. Writes through each module's
 * import use cases, so demo data obeys the same rules as real data. Off unless
 * {@code hverdag.seed.demo=true}.
 */
package no.hverdag.seed;
