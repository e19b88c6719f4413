package com.clicknback.audit;

import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.JsonbProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Persistence of the append-only audit trail, in SQL because {@code details} is JSONB: written with
 * a cast, read back as text. {@code actor_id} is cast too, so the system actor's null (bound as
 * text) fits the uuid column. Nothing here updates or deletes.
 */
@ApplicationScoped
public class AuditLogRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  void insert(UUID id, LocalDateTime occurredAt, AuditEntry entry) {
    em.createNativeQuery(
            "INSERT INTO audit_logs (id, occurred_at, actor_type, actor_id, action, resource_type,"
                + " resource_id, outcome, details)"
                + " VALUES (?1, ?2, ?3, CAST(?4 AS uuid), ?5, ?6, ?7, ?8, CAST(?9 AS jsonb))")
        .setParameter(1, id)
        .setParameter(2, Timestamp.valueOf(occurredAt))
        .setParameter(3, entry.actor().type().value())
        .setParameter(4, entry.actor().id())
        .setParameter(5, entry.action().name())
        .setParameter(6, entry.resourceType())
        .setParameter(7, entry.resourceId())
        .setParameter(8, entry.outcome().value())
        .setParameter(9, JsonbProvider.jsonb().toJson(entry.details()))
        .executeUpdate();
  }

  /** The matching rows, newest first (ties by id), and how many match in all. */
  public Page<AuditLogRecord> search(AuditLogFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    filter.action().ifPresent(v -> condition(where, parameters, "action = ", v));
    filter.resourceType().ifPresent(v -> condition(where, parameters, "resource_type = ", v));
    filter.resourceId().ifPresent(v -> condition(where, parameters, "resource_id = ", v));
    filter.actorId().ifPresent(v -> condition(where, parameters, "actor_id = ", v));
    filter
        .from()
        .ifPresent(v -> condition(where, parameters, "occurred_at >= ", Timestamp.valueOf(v)));
    filter
        .to()
        .ifPresent(v -> condition(where, parameters, "occurred_at <= ", Timestamp.valueOf(v)));

    Query count = em.createNativeQuery("SELECT count(*) FROM audit_logs" + where);
    Query rows =
        em.createNativeQuery(
            "SELECT id, occurred_at, actor_type, actor_id, action, resource_type, resource_id,"
                + " outcome, details::text FROM audit_logs"
                + where
                + " ORDER BY occurred_at DESC, id DESC OFFSET "
                + page.offset()
                + " LIMIT "
                + page.limit());
    int position = 1;
    for (Object value : parameters.values()) {
      count.setParameter(position, value);
      rows.setParameter(position, value);
      position++;
    }
    long total = ((Number) count.getSingleResult()).longValue();
    List<AuditLogRecord> records = new ArrayList<>();
    for (Object result : rows.getResultList()) {
      Object[] row = (Object[]) result;
      records.add(
          AuditLogRecord.of(
              (UUID) row[0],
              ((Timestamp) row[1]).toLocalDateTime(),
              (String) row[2],
              (UUID) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              (String) row[7],
              parse((String) row[8])));
    }
    return Page.of(records, page, total);
  }

  private static void condition(
      StringBuilder where, Map<String, Object> parameters, String column, Object value) {
    parameters.put(column + parameters.size(), value);
    where.append(" AND ").append(column).append('?').append(parameters.size());
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
