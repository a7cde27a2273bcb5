package no.hverdag.accounts.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("role_assignments")
record RoleAssignmentDocument(@Id String id, String issuer, String subject, String role, String scope,
		Instant grantedAt, String name) {
}
