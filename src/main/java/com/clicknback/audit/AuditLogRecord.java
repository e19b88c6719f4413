package com.clicknback.audit;

import com.clicknback.shared.time.Timestamps;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit row as admins read it. */
@Schema(name = "AuditLog")
public record AuditLogRecord(
    UUID id,
    @Schema(example = "2026-11-19T21:55:58.336183", description = "UTC, without offset")
        String occurredAt,
    @Schema(enumeration = {"system", "admin", "user"}) String actorType,
    UUID actorId,
    @Schema(example = "MERCHANT_CREATED") String action,
    @Schema(example = "merchant") String resourceType,
    String resourceId,
    @Schema(enumeration = {"success", "failure"}) String outcome,
    JsonObject details) {

  static AuditLogRecord of(
      UUID id,
      LocalDateTime occurredAt,
      String actorType,
      UUID actorId,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      JsonObject details) {
    return new AuditLogRecord(
        id,
        Timestamps.local(occurredAt),
        actorType,
        actorId,
        action,
        resourceType,
        resourceId,
        outcome,
        details);
  }
}
