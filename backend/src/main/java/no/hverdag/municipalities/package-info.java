/**
 * Norway's municipalities (Kartverket's list, CC BY 4.0): number, name, county and a
 * representative point. Loaded from {@code seed-data/municipalities.json} at start when
 * missing, held in memory after that (357 rows that change once a decade). Depends only
 * on {@code shared}.
 */
package no.hverdag.municipalities;
