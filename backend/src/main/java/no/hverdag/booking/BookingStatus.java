package no.hverdag.booking;

/**
 * Where a booking of time or stock stands. {@code PENDING_HOLD} is the intent written
 * before the claims or stock are taken: a booking found in it after a crash is rolled
 * back by the owning module's recovery step.
 */
public enum BookingStatus {

	/** Asked for; waiting for the owner. */
	REQUESTED,
	/** Intent: the claims or stock are being taken right now. */
	PENDING_HOLD,
	/** Approved or reserved: the time or the stock is held. */
	APPROVED,
	/** The owner said no, with a reason. */
	DECLINED,
	/** Withdrawn by the holder or the owner. */
	CANCELLED,
	/** Equipment: picked up, out on loan. */
	OUT,
	/** Equipment: handed back. */
	RETURNED,
	/** Equipment: lost or broken while out; it left the stock. */
	LOST;

	/** Whether this booking holds its time or stock. */
	public boolean holds() {
		return this == APPROVED || this == OUT || this == PENDING_HOLD;
	}

}
