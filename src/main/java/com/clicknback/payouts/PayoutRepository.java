package com.clicknback.payouts;

import com.clicknback.shared.paging.FilteredQuery;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.JsonbProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
  public Page<Payout> list(PayoutFilter filter, PageRequest page) {
    FilteredQuery query = new FilteredQuery();
    filter.status().ifPresent(v -> query.where("p.status = :status", "status", v));
    filter.userId().ifPresent(v -> query.where("p.userId = :userId", "userId", v));
    filter
        .from()
        .ifPresent(
            day ->
                query.where(
                    "p.requestedAt >= :from", "from", day.atStartOfDay().atOffset(ZoneOffset.UTC)));
    filter
        .to()
        .ifPresent(
            day ->
                query.where(
                    "p.requestedAt < :to",
                    "to",
                    day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
    return query.page(em, Payout.class, "p", "Payout p", "p.requestedAt DESC, p.id DESC", page);
  }
}
