package no.hverdag.equipment;

/** Kinds of equipment (message keys {@code equipment.category.NAME}). */
public enum Category {

	SKIS, SKATES, HELMET, TENT, BIKE, LIFE_JACKET, SLEEPING_BAG, OTHER

}
