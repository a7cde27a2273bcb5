/**
 * Statistics for coordinators, libraries and the public: anonymous counts per
 * municipality, per library and for the whole country, with every count from 1 to 4
 * suppressed ({@link no.hverdag.statistics.Cell}). The base package holds the plain
 * domain (cells, series, reports, the suppression and spreadsheet-safety rules);
 * {@code internal} reads other modules' data with read-only queries on their collections
 * ({@code organisations}, {@code activities}, {@code signups}, {@code libraries},
 * {@code slots}, {@code booking_marks}; since issue 16 also {@code venues},
 * {@code room_bookings}, {@code lending_points}, {@code items}, {@code loans},
 * {@code buddy_programmes} and {@code buddy_rounds}): it projects only the fields it
 * counts and never writes. A culture-buddy pair's state is read through {@code buddies}'
 * public {@code Pairing}, so the rule for "active" lives in one place. Access is decided
 * through {@code accounts} (roles) and {@code humanlibrary} ({@code StaffScope}); names
 * come from {@code municipalities}. Depends on those and {@code shared}; nothing depends
 * on it.
 */
package no.hverdag.statistics;
