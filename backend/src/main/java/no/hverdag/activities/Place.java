package no.hverdag.activities;

/**
 * Where an activity happens: a named place with an address, in a municipality, at a
 * point.
 */
public record Place(String name, String address, String municipality, Double lat, Double lon) {
}
