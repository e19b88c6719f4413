package com.clicknback.merchants;

import com.clicknback.shared.paging.FilteredQuery;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Merchant}s. Lists are in creation order (then id): stable pages. */
@ApplicationScoped
public class MerchantRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  public Optional<Merchant> findById(UUID id) {
    return Optional.ofNullable(em.find(Merchant.class, id));
  }

  /** The merchant, locked until the transaction ends (status changes serialize here). */
  public Optional<Merchant> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Merchant.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public boolean existsByName(String name) {
    return !em.createQuery("SELECT m.id FROM Merchant m WHERE m.name = :name", UUID.class)
        .setParameter("name", name)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Inserts now, so a unique-name violation surfaces here rather than at commit. */
  public void insert(Merchant merchant) {
    em.persist(merchant);
    em.flush();
  }

  public Page<Merchant> list(Optional<Boolean> active, PageRequest page) {
    FilteredQuery query = new FilteredQuery();
    active.ifPresent(value -> query.where("m.active = :active", "active", value));
    return query.page(em, Merchant.class, "m", "Merchant m", "m.createdAt, m.id", page);
  }
}
