package no.hverdag.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 for secrets we must recognise but never keep: sign-in codes and kiosk
 * credentials. They are long and random (or bound to a random reference and tried at most
 * five times), so a plain hash suffices; passwords would need a slow one.
 */
public final class Hashes {

	private Hashes() {
	}

	public static String sha256Hex(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
