package com.clicknback.purchases;

import com.clicknback.shared.paging.FilteredQuery;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Purchase}s. Lists are newest first, ties by id (stable pages). */
@ApplicationScoped
public class PurchaseRepository {

  static final String UNKNOWN_MERCHANT = "Unknown";

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  public Optional<Purchase> findById(UUID id) {
    return Optional.ofNullable(em.find(Purchase.class, id));
  }

  /** The purchase, locked until the transaction ends: its state changes serialize here (99 M11). */
  public Optional<Purchase> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Purchase.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Purchase> findByExternalId(String externalId) {
    return em
        .createQuery("SELECT p FROM Purchase p WHERE p.externalId = :externalId", Purchase.class)
        .setParameter("externalId", externalId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Inserts now, so an {@code external_id} race lost surfaces here rather than at commit. */
  public void insert(Purchase purchase) {
    em.persist(purchase);
    em.flush();
  }

  /**
   * The cashback the user earned on the offer from purchases created in {@code [from, to)} that
   * were not reversed (99 M4).
   */
  public BigDecimal cashbackEarned(
      UUID userId, UUID offerId, LocalDateTime from, LocalDateTime to) {
    BigDecimal sum =
        em.createQuery(
                "SELECT SUM(p.cashbackAmount) FROM Purchase p WHERE p.userId = :userId"
                    + " AND p.offerId = :offerId AND p.status <> :reversed"
                    + " AND p.createdAt >= :from AND p.createdAt < :to",
                BigDecimal.class)
            .setParameter("userId", userId)
            .setParameter("offerId", offerId)
            .setParameter("reversed", Purchase.REVERSED)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  /**
   * The ids of pending purchases due for a verification attempt at {@code now}: those never looked
   * at first (no next time yet), then the longest waiting, oldest first.
   */
  public List<UUID> findDuePending(LocalDateTime now, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM purchases WHERE status = 'pending'"
                    + " AND (next_verification_at IS NULL OR next_verification_at <= ?1)"
                    + " ORDER BY next_verification_at NULLS FIRST, created_at, id LIMIT ?2")
            .setParameter(1, Timestamp.valueOf(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(UUID.class::cast).toList();
  }

  /**
   * The purchase if it is still pending and due, locked for this transaction; empty when it is not,
   * or when another transaction (an admin action) holds its lock ({@code FOR UPDATE SKIP LOCKED}).
   */
  public Optional<Purchase> claimDue(UUID id, LocalDateTime now) {
    List<?> claimed =
        em.createNativeQuery(
                "SELECT id FROM purchases WHERE id = ?1 AND status = 'pending'"
                    + " AND (next_verification_at IS NULL OR next_verification_at <= ?2)"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, id)
            .setParameter(2, Timestamp.valueOf(now))
            .getResultList();
    return claimed.isEmpty() ? Optional.empty() : findById(id);
  }

  /** Leaves the purchase for later without counting an attempt (auto-confirm is off for it). */
  public void postpone(Purchase purchase, LocalDateTime nextAttemptAt) {
    purchase.recordAttempt(purchase.verificationAttempts(), nextAttemptAt);
  }

  /** Records the job's attempt count and when it may try again (null: no further attempt due). */
  public void recordAttempt(Purchase purchase, int attempts, LocalDateTime nextAttemptAt) {
    purchase.recordAttempt(attempts, nextAttemptAt);
  }

  /** The merchant's current name, {@code Unknown} if the merchant row is missing. */
  public String merchantName(UUID merchantId) {
    return em
        .createQuery("SELECT m.name FROM Merchant m WHERE m.id = :id", String.class)
        .setParameter("id", merchantId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(UNKNOWN_MERCHANT);
  }

  /** The user's purchases, optionally of one status, with merchant names (one query). */
  public Page<PurchaseWithMerchant> listByUser(
      UUID userId, Optional<String> status, PageRequest page) {
    FilteredQuery query = new FilteredQuery().where("p.userId = :userId", "userId", userId);
    status.ifPresent(v -> query.where("p.status = :status", "status", v));
    return query
        .page(
            em,
            Object[].class,
            "p, m.name",
            "p",
            "Purchase p LEFT JOIN Merchant m ON m.id = p.merchantId",
            "p.createdAt DESC, p.id DESC",
            page)
        .map(
            row ->
                new PurchaseWithMerchant(
                    (Purchase) row[0], row[1] == null ? UNKNOWN_MERCHANT : (String) row[1]));
  }

  /** Every purchase matching the filter (admin list). */
  public Page<Purchase> list(PurchaseFilter filter, PageRequest page) {
    FilteredQuery query = new FilteredQuery();
    filter.status().ifPresent(v -> query.where("p.status = :status", "status", v));
    filter.userId().ifPresent(v -> query.where("p.userId = :userId", "userId", v));
    filter.merchantId().ifPresent(v -> query.where("p.merchantId = :merchantId", "merchantId", v));
    filter
        .startDate()
        .ifPresent(v -> query.where("p.createdAt >= :from", "from", v.atStartOfDay()));
    filter
        .endDate()
        .ifPresent(v -> query.where("p.createdAt < :to", "to", v.plusDays(1).atStartOfDay()));
    return query.page(em, Purchase.class, "p", "Purchase p", "p.createdAt DESC, p.id DESC", page);
  }
}
