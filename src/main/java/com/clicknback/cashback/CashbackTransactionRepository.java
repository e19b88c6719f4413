package com.clicknback.cashback;

import com.clicknback.shared.paging.FilteredQuery;
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
    return new FilteredQuery()
        .where("t.userId = :userId", "userId", userId)
        .page(
            em,
            CashbackTransaction.class,
            "t",
            "CashbackTransaction t",
            "t.createdAt DESC, t.id DESC",
            page);
  }
}
