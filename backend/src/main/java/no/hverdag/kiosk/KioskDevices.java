package no.hverdag.kiosk;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Library;
import no.hverdag.kiosk.internal.KioskDeviceStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.Hashes;
import no.hverdag.shared.security.KioskDevice;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Kiosk device credentials: registered by the library's staff, bound to that library,
 * shown once, stored as a SHA-256 hash, checked on every request so a revocation works at
 * once.
 */
@Service
public class KioskDevices {

	private final KioskDeviceStore store;

	private final Libraries libraries;

	private final AccessControl accessControl;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KioskDevices(KioskDeviceStore store, Libraries libraries, AccessControl accessControl, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.libraries = libraries;
		this.accessControl = accessControl;
		this.audit = audit;
		this.clock = clock;
	}

	public Mono<KioskCredential> register(Actor staff, String libraryId, String name) {
		return staffLibrary(staff, libraryId).flatMap(library -> {
			byte[] secretBytes = new byte[32];
			this.random.nextBytes(secretBytes);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
			String id = UUID.randomUUID().toString();
			return this.store.insert(id, libraryId, name, Hashes.sha256Hex(secret), this.clock.instant())
				.flatMap(saved -> this.audit
					.record(staff, AuditAction.KIOSK_REGISTERED, library.municipality(), library.name() + ": " + name,
							id)
					.thenReturn(new KioskCredential(saved.kioskId(), libraryId, name, saved.registeredAt(), null,
							id + "." + secret)));
		});
	}

	public Flux<KioskCredential> of(Actor staff, String libraryId) {
		return staffLibrary(staff, libraryId).flatMapMany(library -> this.store.ofLibrary(libraryId));
	}

	public Mono<Void> revoke(Actor staff, String kioskId) {
		return this.store.find(kioskId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("kiosk", kioskId)))
			.flatMap(kiosk -> staffLibrary(staff, kiosk.libraryId())
				.flatMap(library -> this.store.revoke(kioskId, this.clock.instant())
					.then(this.audit.record(staff, AuditAction.KIOSK_REVOKED, library.municipality(),
							library.name() + ": " + kiosk.name(), kioskId))));
	}

	/**
	 * The device a token names, if it is registered, not revoked, and the secret matches.
	 */
	public Mono<KioskDevice> authenticate(String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot <= 0) {
			return Mono.empty();
		}
		return this.store.active(token.substring(0, dot), Hashes.sha256Hex(token.substring(dot + 1)));
	}

	private Mono<Library> staffLibrary(Actor staff, String libraryId) {
		return this.libraries.find(libraryId)
			.zipWith(this.accessControl.rolesOf(staff))
			.flatMap(found -> found.getT2().staffOf(libraryId) ? Mono.just(found.getT1())
					: Mono.error(new HverdagException.Forbidden("error.forbidden.library")));
	}

}
