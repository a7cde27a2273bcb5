package no.hverdag.humanlibrary.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;

import no.hverdag.humanlibrary.Attendance;
import no.hverdag.humanlibrary.Availability;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.SessionEdit;
import no.hverdag.humanlibrary.SessionEdits;
import no.hverdag.humanlibrary.Sessions;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions, cancellations and check-ins for a library's staff over the API; and the live
 * availability stream anyone (a kiosk, a page) can follow.
 */
@RestController
class StaffApi {

	/** A comment line now and then keeps proxies from closing a quiet stream. */
	static final Duration HEARTBEAT = Duration.ofSeconds(20);

	private final Sessions sessions;

	private final Attendance attendance;

	private final Availability availability;

	private final Libraries libraries;

	private final SessionEdits edits;

	StaffApi(Sessions sessions, Attendance attendance, Availability availability, Libraries libraries,
			SessionEdits edits) {
		this.edits = edits;
		this.sessions = sessions;
		this.attendance = attendance;
		this.availability = availability;
		this.libraries = libraries;
	}

	@Operation(summary = "Plan a session with a person to borrow (staff)")
	@PostMapping("/api/v1/libraries/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Session> set(@PathVariable String id, @RequestBody Session.Form form) {
		return CurrentActor.required().flatMap(actor -> this.sessions.set(actor, id, form));
	}

	@Operation(summary = "List a library's sessions with people to borrow (staff)")
	@GetMapping("/api/v1/libraries/{id}/sessions")
	Flux<Session> list(@PathVariable String id) {
		return CurrentActor.required().flatMapMany(actor -> this.sessions.at(actor, id));
	}

	/**
	 * Issue 12: edits a session's times, room, places, topics and languages; fields left
	 * out keep their value (PUT and PATCH alike). Booked people move with the slots and
	 * are told; 400 with the fields for an overlap or fewer places than booked.
	 */
	@Operation(summary = "Edit a session (staff): times, room, places, topics; booked people move and are told")
	@RequestMapping(path = "/api/v1/libraries/{id}/sessions/{sessionId}",
			method = { RequestMethod.PUT, RequestMethod.PATCH })
	Mono<Session> edit(@PathVariable String id, @PathVariable String sessionId, @RequestBody SessionEdit edit) {
		return CurrentActor.required().flatMap(actor -> this.edits.edit(actor, id, sessionId, edit));
	}

	@Operation(summary = "Cancel a session (staff); its bookers are told")
	@DeleteMapping("/api/v1/libraries/{id}/sessions/{sessionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> cancelSession(@PathVariable String id, @PathVariable String sessionId) {
		return CurrentActor.required().flatMap(actor -> this.sessions.cancelSession(actor, id, sessionId));
	}

	@Operation(summary = "Cancel one slot (staff); its booker is told")
	@DeleteMapping("/api/v1/libraries/{id}/slots/{slotId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> cancelSlot(@PathVariable String id, @PathVariable String slotId) {
		return CurrentActor.required().flatMap(actor -> this.sessions.cancelSlot(actor, id, slotId));
	}

	@Operation(summary = "Check in a booking by its reference (staff)")
	@PostMapping("/api/v1/libraries/{id}/check-ins")
	Mono<Attendance.CheckedIn> checkIn(@PathVariable String id, @RequestBody CheckInRequest request) {
		return CurrentActor.required().flatMap(actor -> this.attendance.checkInByStaff(actor, id, request.reference()));
	}

	/**
	 * Server-sent events: one {@code slot} event per change of a slot's free places at
	 * this library, {@code data: {"slotId":..,"remaining":..}}.
	 */
	@Operation(summary = "A library's live availability today")
	@GetMapping(path = "/api/v1/libraries/{id}/availability", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Availability.Change>> availability(@PathVariable String id) {
		Flux<ServerSentEvent<Availability.Change>> changes = this.availability.at(id)
			.map(change -> ServerSentEvent.builder(change).event("slot").id(change.slotId()).build());
		Flux<ServerSentEvent<Availability.Change>> heartbeat = Flux.interval(HEARTBEAT)
			.map(tick -> ServerSentEvent.<Availability.Change>builder().comment("still here").build());
		return this.libraries.find(id)
			.thenMany(Flux.concat(Flux.just(ServerSentEvent.<Availability.Change>builder().comment("open").build()),
					Flux.merge(changes, heartbeat)));
	}

	record CheckInRequest(String reference) {
	}

}
