package com.clicknback.audit;

import com.clicknback.shared.logging.AppLoggers;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The one way to write the audit trail (99 M10): inside the caller's transaction, so a change and
 * its audit row commit or roll back together. Every feature that changes money or the catalogue
 * calls {@link #record}.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = AppLoggers.get(AuditTrail.class);

  @Inject AuditLogRepository auditLogs;
  @Inject Clock clock;

  /** Reads the trail: newest first, filtered and paginated. */
  @Transactional
  public Page<AuditLogRecord> search(AuditLogFilter filter, PageRequest page) {
    return auditLogs.search(filter, page);
  }

  /** Writes the row in the current transaction; there must be one. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEntry entry) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    auditLogs.insert(UUID.randomUUID(), now, entry);
    LOG.info(
        () ->
            "Audit: %s %s on %s/%s -> %s"
                .formatted(
                    entry.actor().type().value(),
                    entry.action(),
                    entry.resourceType(),
                    entry.resourceId(),
                    entry.outcome().value()));
  }
}
