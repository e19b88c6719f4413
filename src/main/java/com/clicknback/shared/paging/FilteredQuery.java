package com.clicknback.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL list with optional filters: conditions are added as the request asks, then one page of
 * rows and the total of all matching rows are read with the same filters (spec 00 §6).
 *
 * <pre>{@code
 * FilteredQuery query = new FilteredQuery();
 * active.ifPresent(v -> query.where("m.active = :active", "active", v));
 * return query.page(em, Merchant.class, "m", "Merchant m", "m.createdAt, m.id", page);
 * }</pre>
 */
public final class FilteredQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition without parameters (a join or a fixed rule). */
  public FilteredQuery where(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds a condition that uses the named parameter. */
  public FilteredQuery where(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
    return this;
  }

  /**
   * The page and the total.
   *
   * @param alias the entity's alias, as selected and counted
   * @param from the entity and its alias, e.g. {@code "Merchant m"}
   * @param orderBy a stable order, ending with a unique column
   */
  public <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String alias,
      String from,
      String orderBy,
      PageRequest page) {
    return page(em, type, alias, alias, from, orderBy, page);
  }

  /**
   * The page and the total, selecting more than the counted entity (e.g. {@code "p, m.name"} with
   * {@code Object[]} rows, from a join).
   */
  public <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String select,
      String counted,
      String from,
      String orderBy,
      PageRequest page) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Long> count =
        em.createQuery("SELECT count(" + counted + ") FROM " + from + where, Long.class);
    TypedQuery<T> rows =
        em.createQuery("SELECT " + select + " FROM " + from + where + " ORDER BY " + orderBy, type)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit());
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    return Page.of(rows.getResultList(), page, count.getSingleResult());
  }
}
