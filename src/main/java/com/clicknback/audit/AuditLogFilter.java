package com.clicknback.audit;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** The filters of the audit query (99 M8); each one is optional, and they combine with AND. */
public record AuditLogFilter(
    Optional<String> action,
    Optional<String> resourceType,
    Optional<String> resourceId,
    Optional<UUID> actorId,
    Optional<LocalDateTime> from,
    Optional<LocalDateTime> to) {}
