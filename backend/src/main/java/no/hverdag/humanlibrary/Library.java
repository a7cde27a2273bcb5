package no.hverdag.humanlibrary;

/** A library: a place with staff, where people can be borrowed. */
public record Library(String id, String name, String municipality, String address, Double lat, Double lon) {
}
