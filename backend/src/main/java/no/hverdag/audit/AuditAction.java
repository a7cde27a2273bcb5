package no.hverdag.audit;

/** The privileged actions the audit log records. */
public enum AuditAction {

	ORGANISATION_APPROVED, ORGANISATION_REJECTED, ROLE_GRANTED, KIOSK_REGISTERED, KIOSK_REVOKED

}
