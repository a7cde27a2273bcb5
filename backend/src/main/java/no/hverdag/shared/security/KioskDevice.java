package no.hverdag.shared.security;

import java.io.Serializable;

/** A registered kiosk: a touch screen bound to one library, and nothing else. */
public record KioskDevice(String kioskId, String libraryId) implements Serializable {
}
