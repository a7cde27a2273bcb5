package no.hverdag.equipment;

/** A kind of item at a lending point, in one size, with how many exist. */
public record Item(String id, String pointId, Category category, String name, String size, int stock) {

	/** The booking core's stock kind for this item. */
	public String stockKind() {
		return "item:" + this.id;
	}

}
