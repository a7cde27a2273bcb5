package no.hverdag.equipment;

import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

import no.hverdag.resources.Group;
import no.hverdag.resources.Season;

/**
 * Kinds of equipment (message keys {@code equipment.category.NAME}), each with the
 * seasons it is used in and the groups it suits: "for you" suggests what is in season for
 * the groups someone belongs to (skis to a family in January, a tent in July). A category
 * with no season ({@link #OTHER}) is found by search but never suggested.
 */
public enum Category {

	SKIS(EnumSet.of(Season.WINTER), EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS, Group.SENIORS)),
	SKATES(EnumSet.of(Season.WINTER), EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS)),
	HELMET(EnumSet.of(Season.WINTER, Season.SPRING, Season.SUMMER, Season.AUTUMN),
			EnumSet.of(Group.FAMILIES, Group.YOUTH)),
	TENT(EnumSet.of(Season.SUMMER), EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS)),
	BIKE(EnumSet.of(Season.SPRING, Season.SUMMER, Season.AUTUMN),
			EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS)),
	LIFE_JACKET(EnumSet.of(Season.SUMMER), EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS, Group.SENIORS)),
	SLEEPING_BAG(EnumSet.of(Season.SUMMER), EnumSet.of(Group.FAMILIES, Group.YOUTH, Group.ADULTS)),
	OTHER(EnumSet.noneOf(Season.class), EnumSet.noneOf(Group.class));

	private final Set<Season> seasons;

	private final Set<Group> groups;

	Category(Set<Season> seasons, Set<Group> groups) {
		this.seasons = Set.copyOf(seasons);
		this.groups = Set.copyOf(groups);
	}

	public Set<Season> seasons() {
		return this.seasons;
	}

	public Set<Group> groups() {
		return this.groups;
	}

	/** Whether it is used in this month's season. */
	public boolean inSeason(Month month) {
		return this.seasons.contains(Season.of(month));
	}

}
