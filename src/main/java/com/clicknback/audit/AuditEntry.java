package com.clicknback.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One audit row to write: who did what to which resource, how it ended, and details for people
 * reading the trail. Details keep their order and may hold nulls; they must never hold secrets
 * (passwords, tokens, payout details).
 */
public record AuditEntry(
    Actor actor,
    AuditAction action,
    String resourceType,
    String resourceId,
    Outcome outcome,
    Map<String, Object> details) {

  /** {@code outcome} values. */
  public enum Outcome {
    SUCCESS,
    FAILURE;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AuditEntry {
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A successful action. */
  public static AuditEntry success(
      Actor actor,
      AuditAction action,
      String resourceType,
      Object resourceId,
      Map<String, Object> details) {
    return new AuditEntry(
        actor, action, resourceType, String.valueOf(resourceId), Outcome.SUCCESS, details);
  }
}
