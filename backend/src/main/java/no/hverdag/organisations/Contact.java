package no.hverdag.organisations;

/** Whom newcomers and the coordinator reach at an organisation. */
public record Contact(String name, String email, String phone) {
}
