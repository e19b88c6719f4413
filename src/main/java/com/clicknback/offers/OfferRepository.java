package com.clicknback.offers;

import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Offer}s. Lists are in creation order (then id): stable pages. */
@ApplicationScoped
public class OfferRepository {

  /** An offer is live on {@code :today} when active, of an active merchant, and in its window. */
  private static final String LIVE =
      " FROM Offer o, Merchant m WHERE m.id = o.merchantId AND o.active = TRUE AND m.active = TRUE"
          + " AND o.startDate <= :today AND o.endDate >= :today";

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
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    filter.active().ifPresent(v -> condition(where, parameters, "o.active =", "active", v));
    filter
        .merchantId()
        .ifPresent(v -> condition(where, parameters, "o.merchantId =", "merchantId", v));
    filter.dateFrom().ifPresent(v -> condition(where, parameters, "o.endDate >=", "dateFrom", v));
    filter.dateTo().ifPresent(v -> condition(where, parameters, "o.startDate <=", "dateTo", v));
    TypedQuery<Long> count = em.createQuery("SELECT count(o) FROM Offer o" + where, Long.class);
    TypedQuery<Offer> rows =
        em.createQuery("SELECT o FROM Offer o" + where + " ORDER BY o.createdAt, o.id", Offer.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit());
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    return Page.of(rows.getResultList(), page, count.getSingleResult());
  }

  /**
   * The offers live on {@code today}, with their merchant's name. A read-only join on the merchants
   * table: filtering and counting by the merchant's flag must happen in the query for the page and
   * its total to be right.
   */
  public Page<OfferWithMerchant> listLive(LocalDate today, PageRequest page) {
    long total =
        em.createQuery("SELECT count(o)" + LIVE, Long.class)
            .setParameter("today", today)
            .getSingleResult();
    List<Object[]> rows =
        em.createQuery("SELECT o, m.name" + LIVE + " ORDER BY o.createdAt, o.id", Object[].class)
            .setParameter("today", today)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return Page.of(
        rows.stream().map(row -> new OfferWithMerchant((Offer) row[0], (String) row[1])).toList(),
        page,
        total);
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

  private static void condition(
      StringBuilder where, Map<String, Object> parameters, String test, String name, Object value) {
    parameters.put(name, value);
    where.append(" AND ").append(test).append(" :").append(name);
  }
}
