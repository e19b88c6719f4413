package com.clicknback.offers;

import com.clicknback.shared.paging.FilteredQuery;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Offer}s. Lists are in creation order (then id): stable pages. */
@ApplicationScoped
public class OfferRepository {

  /** An offer is live on {@code :today} when active, of an active merchant, and in its window. */
  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  public Optional<Offer> findById(UUID id) {
    return Optional.ofNullable(em.find(Offer.class, id));
  }

  /** The offer, locked until the transaction ends (status changes serialize here). */
  public Optional<Offer> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Offer.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** True when the merchant has an offer with {@code active = true}, whatever its dates. */
  public boolean hasActiveOffer(UUID merchantId) {
    return !em.createQuery(
            "SELECT o.id FROM Offer o WHERE o.merchantId = :merchantId AND o.active = TRUE",
            UUID.class)
        .setParameter("merchantId", merchantId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Inserts now, so a one-active-offer violation surfaces here rather than at commit. */
  public void insert(Offer offer) {
    em.persist(offer);
    em.flush();
  }

  /** Writes pending changes now, so a one-active-offer violation surfaces here. */
  public void flush() {
    em.flush();
  }

  public Page<Offer> list(OfferFilter filter, PageRequest page) {
    FilteredQuery query = new FilteredQuery();
    filter.active().ifPresent(v -> query.where("o.active = :active", "active", v));
    filter.merchantId().ifPresent(v -> query.where("o.merchantId = :merchantId", "merchantId", v));
    filter.dateFrom().ifPresent(v -> query.where("o.endDate >= :dateFrom", "dateFrom", v));
    filter.dateTo().ifPresent(v -> query.where("o.startDate <= :dateTo", "dateTo", v));
    return query.page(em, Offer.class, "o", "Offer o", "o.createdAt, o.id", page);
  }

  /**
   * The offers live on {@code today}, with their merchant's name. A read-only join on the merchants
   * table: filtering and counting by the merchant's flag must happen in the query for the page and
   * its total to be right.
   */
  public Page<OfferWithMerchant> listLive(LocalDate today, PageRequest page) {
    return new FilteredQuery()
        .where("m.id = o.merchantId")
        .where("o.active = TRUE AND m.active = TRUE")
        .where("o.startDate <= :today AND o.endDate >= :today", "today", today)
        .page(
            em, Object[].class, "o, m.name", "o", "Offer o, Merchant m", "o.createdAt, o.id", page)
        .map(row -> new OfferWithMerchant((Offer) row[0], (String) row[1]));
  }

  /** The merchant's active offer whose window holds {@code date}; there is at most one. */
  public Optional<Offer> findActiveOn(UUID merchantId, LocalDate date) {
    return em
        .createQuery(
            "SELECT o FROM Offer o WHERE o.merchantId = :merchantId AND o.active = TRUE"
                + " AND o.startDate <= :date AND o.endDate >= :date",
            Offer.class)
        .setParameter("merchantId", merchantId)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }
}
