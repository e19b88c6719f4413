package com.clicknback.cashback;

import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link CashbackTransaction}s. */
@ApplicationScoped
public class CashbackTransactionRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  public void insert(CashbackTransaction transaction) {
    em.persist(transaction);
  }

  /** The one cashback row of a purchase. */
  public Optional<CashbackTransaction> findByPurchaseId(UUID purchaseId) {
    return em
        .createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.purchaseId = :purchaseId",
            CashbackTransaction.class)
        .setParameter("purchaseId", purchaseId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The user's rows, newest first (ties by id, for stable pages), and how many there are. */
  public Page<CashbackTransaction> listByUser(UUID userId, PageRequest page) {
    long total =
        em.createQuery(
                "SELECT count(t) FROM CashbackTransaction t WHERE t.userId = :userId", Long.class)
            .setParameter("userId", userId)
            .getSingleResult();
    return Page.of(
        em.createQuery(
                "SELECT t FROM CashbackTransaction t WHERE t.userId = :userId"
                    + " ORDER BY t.createdAt DESC, t.id DESC",
                CashbackTransaction.class)
            .setParameter("userId", userId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList(),
        page,
        total);
  }
}
