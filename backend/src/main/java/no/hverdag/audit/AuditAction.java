package no.hverdag.audit;

/** The privileged actions the audit log records. */
public enum AuditAction {

	ORGANISATION_APPROVED, ORGANISATION_REJECTED, ROLE_GRANTED, KIOSK_REGISTERED, KIOSK_REVOKED, OFFER_APPROVED,
	OFFER_REJECTED, SESSION_CANCELLED, SLOT_CANCELLED,
	/**
	 * Issue 10: the person who registered it erased their data; it needs a new contact.
	 */
	ORGANISATION_CONTACT_ERASED,
	/** Issue 12, organisation lifecycle: listings and the organisation's own details. */
	ACTIVITY_EDITED, ACTIVITY_WITHDRAWN, OCCURRENCE_CANCELLED, ORGANISATION_EDITED, ACTIVITY_UNPUBLISHED,
	ACTIVITY_RESUBMITTED, ACTIVITY_REPUBLISHED, ACTIVITY_PUBLISHED_AS_SCHEDULED, LISTING_REPORT_DISMISSED,
	/** Issue 12: the admin's pages. */
	ROLE_REVOKED, LIBRARY_ADDED,
	/** Issue 12: library staff edited a session (times, room, places, topics). */
	SESSION_EDITED

}
