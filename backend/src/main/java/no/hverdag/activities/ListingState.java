package no.hverdag.activities;

/**
 * Whether newcomers see a listing. Only {@link #PUBLISHED} is searchable and shown; the
 * organisation and its coordinator see every state on the organisation's page.
 */
public enum ListingState {

	/** Visible and searchable. */
	PUBLISHED,
	/** Waits for its {@code publishAt} time; then published (ADR lifecycle). */
	SCHEDULED,
	/** Taken down by the organisation itself. */
	WITHDRAWN,
	/** Taken down by the coordinator, with a reason the organisation sees. */
	UNPUBLISHED,
	/** Fixed by the organisation after an unpublishing, waiting for the coordinator. */
	IN_REVIEW;

	/** Whether the organisation may still change this listing's content. */
	public boolean editable() {
		return this != WITHDRAWN;
	}

}
