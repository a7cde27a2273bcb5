package no.hverdag.kiosk.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("kiosk_devices")
record KioskDeviceDocument(@Id String id, String libraryId, String name, String secretHash, Instant registeredAt,
		Instant revokedAt) {
}
