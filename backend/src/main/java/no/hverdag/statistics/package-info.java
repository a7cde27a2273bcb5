/**
 * Statistics for coordinators, libraries and the public: anonymous counts per
 * municipality, per library and for the whole country, with every count from 1 to 4
 * suppressed ({@link no.hverdag.statistics.Cell}). The base package holds the plain
 * domain (cells, series, reports, the suppression and spreadsheet-safety rules);
 * {@code internal} reads other modules' data with read-only queries on their collections
 * ({@code organisations}, {@code activities}, {@code signups}, {@code libraries},
 * {@code slots}, {@code booking_marks}): it projects only the fields it counts and never
 * writes. Access is decided through {@code accounts} (roles) and {@code humanlibrary}
 * ({@code StaffScope}); names come from {@code municipalities}. Depends on those and
 * {@code shared}; nothing depends on it.
 */
package no.hverdag.statistics;
