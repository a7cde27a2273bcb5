package no.hverdag.buddies;

import java.time.Instant;

/** One follow-up answer from one side. */
public record CheckIn(int month, Side side, CheckInAnswer answer, Instant at) {

}
