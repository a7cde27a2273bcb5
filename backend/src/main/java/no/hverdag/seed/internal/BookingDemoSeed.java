package no.hverdag.seed.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.BookingRules;
import no.hverdag.equipment.Category;
import no.hverdag.equipment.EquipmentCatalogue;
import no.hverdag.equipment.Item;
import no.hverdag.equipment.LendingPoint;
import no.hverdag.shared.StartupMarks;
import no.hverdag.venues.Facility;
import no.hverdag.venues.Room;
import no.hverdag.venues.Venue;
import no.hverdag.venues.VenueStatus;
import no.hverdag.venues.Venues;
import no.hverdag.venues.WhoMayBook;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo venues and equipment (issue 14): a school and a volunteer centre in each demo
 * municipality, already approved, and a BUA lending point in Bodø and Skien and a
 * volunteer centre's in Oslo with skis, skates, helmets, tents and life jackets (staff:
 * {@code utlan-bodo}, {@code utlan-skien}), with stable ids so restarts add nothing
 * twice. Kept beside {@code demo.json} rather than in it so the two features' seeds
 * change independently.
 */
@Component
class BookingDemoSeed extends DemoContentStep {

	private final Venues venues;

	private final EquipmentCatalogue equipment;

	private final AccessControl accessControl;

	private final String issuer;

	private final StartupMarks marks;

	BookingDemoSeed(Venues venues, EquipmentCatalogue equipment, AccessControl accessControl,
			@Value("${hverdag.seed.demo-issuer}") String issuer, StartupMarks marks) {
		this.marks = marks;
		this.venues = venues;
		this.equipment = equipment;
		this.accessControl = accessControl;
		this.issuer = issuer;
	}

	/** Once per version of this code and issuer (issue 18: a restart redoes nothing). */
	@Override
	protected Mono<?> seedDemo() {
		return this.marks.unlessDone("booking-demo-seed",
				StartupMarks.checksum(StartupMarks.code(BookingDemoSeed.class), StartupMarks.text(this.issuer)),
				this::seed);
	}

	private Mono<Void> seed() {
		return Flux.fromIterable(venues())
			.concatMap(this.venues::importVenue)
			.then(lendingPoint("bodo", "BUA Bodø", "1804", "Sjøgata 21, 8006 Bodø", 67.2840, 14.3790, "bua-bodo",
					"utlan-bodo"))
			.then(lendingPoint("skien", "BUA Skien", "4003", "Telemarksgata 10, 3724 Skien", 59.2090, 9.6080,
					"bua-skien", "utlan-skien"))
			.then(lendingPoint("oslo", "Grünerløkka Frivilligsentral, utlån", "0301",
					"Thorvald Meyers gate 50, 0552 Oslo", 59.9230, 10.7590, "grunerlokka-frivilligsentral",
					"frivillig-oslo"));
	}

	/** A BUA lending point run by the demo organisation, with one staff member. */
	private Mono<Void> lendingPoint(String key, String name, String municipality, String address, double lat,
			double lon, String organisationKey, String staff) {
		String id = "seed-point-" + key;
		String owner = DemoSeed.organisationId(organisationKey);
		LendingPoint point = new LendingPoint(id, name, municipality, address, lat, lon, owner,
				"Man–fre 12–18, tor 12–20", new BookingRules(0, 14, 7, 0, 0));
		List<Item> items = List.of(new Item(id + "-ski-120", id, Category.SKIS, "Langrennsski", "120 cm", 4),
				new Item(id + "-ski-140", id, Category.SKIS, "Langrennsski", "140 cm", 5),
				new Item(id + "-ski-160", id, Category.SKIS, "Langrennsski", "160 cm", 3),
				new Item(id + "-skates-35", id, Category.SKATES, "Skøyter", "35", 4),
				new Item(id + "-helmet-s", id, Category.HELMET, "Hjelm", "S", 6),
				new Item(id + "-tent-3", id, Category.TENT, "Telt", "3 personer", 2),
				new Item(id + "-vest-child", id, Category.LIFE_JACKET, "Redningsvest", "barn 20–30 kg", 8),
				new Item(id + "-reflex", id, Category.OTHER, "Refleksvest", "barn", 100));
		return this.equipment.importPoint(point, items)
			.then(this.accessControl
				.importAssignment(new RoleAssignment(this.issuer, staff, Role.ORGANISATION_MEMBER, owner)));
	}

	@Override
	public int getPhase() {
		return CONTENT + 1;
	}

	List<Venue> venues() {
		return List.of(
				venue("seed-venue-bodo-school", "Bodøsjøen skole", "1804", "Bodøsjøveien 2, 8008 Bodø", 67.2731,
						14.4297, "SCHOOL", null,
						Set.of(Facility.CHANGING_ROOMS, Facility.STEP_FREE, Facility.PROJECTOR), LocalTime.of(16, 0),
						LocalTime.of(22, 0), "Ingen sko i gymsalen. Rydd etter dere. Nøkkel hentes hos vaktmester.",
						WhoMayBook.APPROVED_ORGANISATIONS,
						List.of(new Room("gym", "Gymsal", 60, false), new Room("r101", "Klasserom 101", 28, false))),
				venue("seed-venue-bodo-frivilligsentral", "Bodø Frivilligsentral, møterom", "1804",
						"Storgata 6, 8006 Bodø", 67.2827, 14.3751, "VOLUNTEER_CENTRE",
						DemoSeed.organisationId("bodo-frivilligsentral"),
						Set.of(Facility.KITCHEN, Facility.WIFI, Facility.STEP_FREE, Facility.HEARING_LOOP),
						LocalTime.of(9, 0), LocalTime.of(21, 0), "Kaffe og te fritt. Lås døra når dere går.",
						WhoMayBook.ANYONE_SIGNED_IN,
						List.of(new Room("stue", "Stua", 20, true), new Room("sal", "Storsalen", 80, false))),
				venue("seed-venue-skien-school", "Gulset skole", "4003", "Gulsetvegen 40, 3727 Skien", 59.2185, 9.5653,
						"SCHOOL", null, Set.of(Facility.CHANGING_ROOMS, Facility.KITCHEN), LocalTime.of(16, 0),
						LocalTime.of(22, 0), "Skolens ordensregler gjelder.", WhoMayBook.APPROVED_ORGANISATIONS,
						List.of(new Room("gym", "Gymsal", 50, false))),
				venue("seed-venue-skien-frivilligsentral", "Skien Frivilligsentral", "4003",
						"Kongensgate 1, 3717 Skien", 59.2096, 9.6090, "VOLUNTEER_CENTRE",
						DemoSeed.organisationId("skien-frivilligsentral"), Set.of(Facility.KITCHEN, Facility.WIFI),
						LocalTime.of(9, 0), LocalTime.of(21, 0), "Rydd og vask opp etter dere.",
						WhoMayBook.ANYONE_SIGNED_IN, List.of(new Room("mote", "Møterommet", 15, true))),
				venue("seed-venue-oslo-school", "Grünerløkka skole", "0301", "Toftes gate 65, 0552 Oslo", 59.9256,
						10.7583, "SCHOOL", null, Set.of(Facility.CHANGING_ROOMS, Facility.STEP_FREE),
						LocalTime.of(17, 0), LocalTime.of(22, 0), "Ingen mat i gymsalen.",
						WhoMayBook.APPROVED_ORGANISATIONS, List.of(new Room("gym", "Gymsal", 60, false))),
				venue("seed-venue-oslo-frivilligsentral", "Grünerløkka Frivilligsentral", "0301",
						"Thorvald Meyers gate 50, 0552 Oslo", 59.9230, 10.7590, "VOLUNTEER_CENTRE",
						DemoSeed.organisationId("grunerlokka-frivilligsentral"),
						Set.of(Facility.KITCHEN, Facility.WIFI, Facility.HEARING_LOOP), LocalTime.of(9, 0),
						LocalTime.of(22, 0), "Alle er velkomne. Rydd etter dere.", WhoMayBook.ANYONE_SIGNED_IN,
						List.of(new Room("kafe", "Kafeen", 30, true))));
	}

	private Venue venue(String id, String name, String municipality, String address, double lat, double lon,
			String building, String owner, Set<Facility> facilities, LocalTime opens, LocalTime closes, String rules,
			WhoMayBook who, List<Room> rooms) {
		return new Venue(id, name, municipality, address, lat, lon, building, owner, facilities, opens, closes, rules,
				who, rooms, VenueStatus.APPROVED, null, this.issuer, "admin");
	}

}
