package no.hverdag.support;

import java.util.concurrent.ThreadLocalRandom;

import no.hverdag.organisations.OrganisationNumber;

/** Fresh, valid organisation numbers, so tests sharing one store never collide. */
public final class OrganisationNumbers {

	private OrganisationNumbers() {
	}

	public static String fresh() {
		while (true) {
			String candidate = "8" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (OrganisationNumber.isValid(candidate)) {
				return candidate;
			}
		}
	}

}
