package com.clicknback.payouts;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Payout}s. */
@ApplicationScoped
public class PayoutRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  /** Inserts the payout with its details as JSONB (a native query: JPA cannot bind JSONB). */
  public void insert(Payout payout, PayoutDetails details) {
    em.createNativeQuery(
            "INSERT INTO payouts (id, user_id, amount, status, method, details, requested_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7)")
        .setParameter(1, payout.id())
        .setParameter(2, payout.userId())
        .setParameter(3, payout.amount())
        .setParameter(4, payout.status())
        .setParameter(5, payout.method())
        .setParameter(6, JsonbProvider.jsonb().toJson(details.fields()))
        .setParameter(7, Timestamp.from(payout.requestedAt().toInstant()))
        .executeUpdate();
  }

  /** The payout, locked until the transaction ends ({@code SELECT … FOR UPDATE}). */
  public Optional<Payout> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The sum of the user's payouts requested at or after {@code from} that did not fail. */
  public BigDecimal sumNotFailedSince(UUID userId, OffsetDateTime from) {
    BigDecimal sum =
        em.createQuery(
                "SELECT SUM(p.amount) FROM Payout p WHERE p.userId = :userId"
                    + " AND p.requestedAt >= :from AND p.status <> :failed",
                BigDecimal.class)
            .setParameter("userId", userId)
            .setParameter("from", from)
            .setParameter("failed", Payout.FAILED)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }

  /** When the user last requested a payout, if ever. */
  public Optional<OffsetDateTime> lastRequestedAt(UUID userId) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MAX(p.requestedAt) FROM Payout p WHERE p.userId = :userId",
                OffsetDateTime.class)
            .setParameter("userId", userId)
            .getSingleResult());
  }

  /** The matching payouts, newest request first (ties by id), and how many match in all. */
  public List<Payout> search(PayoutFilter filter, int offset, int limit) {
    Query query = query(filter);
    TypedQuery<Payout> rows =
        em.createQuery(
                "SELECT p FROM Payout p"
                    + query.where()
                    + " ORDER BY p.requestedAt DESC, p.id DESC",
                Payout.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    query.parameters().forEach(rows::setParameter);
    return rows.getResultList();
  }

  /** How many payouts match. */
  public long count(PayoutFilter filter) {
    Query query = query(filter);
    TypedQuery<Long> count =
        em.createQuery("SELECT count(p) FROM Payout p" + query.where(), Long.class);
    query.parameters().forEach(count::setParameter);
    return count.getSingleResult();
  }

  private record Query(String where, Map<String, Object> parameters) {}

  private static Query query(PayoutFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    filter
        .status()
        .ifPresent(
            status -> {
              where.append(" AND p.status = :status");
              parameters.put("status", status);
            });
    filter
        .userId()
        .ifPresent(
            userId -> {
              where.append(" AND p.userId = :userId");
              parameters.put("userId", userId);
            });
    filter
        .from()
        .ifPresent(
            day -> {
              where.append(" AND p.requestedAt >= :from");
              parameters.put("from", day.atStartOfDay().atOffset(ZoneOffset.UTC));
            });
    filter
        .to()
        .ifPresent(
            day -> {
              where.append(" AND p.requestedAt < :to");
              parameters.put("to", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            });
    return new Query(where.toString(), parameters);
  }
}
