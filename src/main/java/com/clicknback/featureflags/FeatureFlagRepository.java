package com.clicknback.featureflags;

import com.clicknback.shared.paging.FilteredQuery;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence of {@link FeatureFlag}s. One record per key and scope, enforced by the unique index
 * {@code uq_feature_flags_key_scope}; lists are newest first (then id): stable pages.
 */
@ApplicationScoped
public class FeatureFlagRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  /** The record of this key and exact scope, locked until the transaction ends. */
  public Optional<FeatureFlag> findForUpdate(String key, FlagScope scope) {
    String idCondition = scope.id() == null ? "f.scopeId IS NULL" : "f.scopeId = :scopeId";
    TypedQuery<FeatureFlag> query =
        em.createQuery(
                "SELECT f FROM FeatureFlag f WHERE f.flagKey = :key AND f.scopeType = :scopeType"
                    + " AND "
                    + idCondition,
                FeatureFlag.class)
            .setParameter("key", key)
            .setParameter("scopeType", scope.type())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (scope.id() != null) {
      query.setParameter("scopeId", scope.id());
    }
    return query.getResultStream().findFirst();
  }

  /**
   * Inserts the record unless one with its key and scope exists; never fails on that unique index,
   * so a lost creation race leaves the transaction usable (99 D9). Waits for a concurrent insert of
   * the same key and scope to commit or roll back.
   *
   * @return whether this call inserted it
   */
  public boolean insertIfAbsent(FeatureFlag flag) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO feature_flags (id, key, enabled, scope_type, scope_id, description,"
                    + " created_at, updated_at)"
                    + " VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, CAST(?5 AS uuid), ?6,"
                    + " CAST(?7 AS timestamptz), CAST(?7 AS timestamptz))"
                    + " ON CONFLICT (key, scope_type, COALESCE(scope_id::text, '')) DO NOTHING")
            .setParameter(1, flag.id().toString())
            .setParameter(2, flag.key())
            .setParameter(3, flag.enabled())
            .setParameter(4, flag.scope().type())
            .setParameter(5, flag.scope().idText())
            .setParameter(6, flag.description())
            .setParameter(7, Timestamps.utc(flag.createdAt()))
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * In one query, the records that can decide the flag for a user and a merchant (either may be
   * null): the user-scoped, the merchant-scoped and the global one.
   */
  public List<FeatureFlag> findCandidates(String key, UUID userId, UUID merchantId) {
    StringBuilder scopes = new StringBuilder("f.scopeType = '" + FlagScope.GLOBAL + "'");
    if (userId != null) {
      scopes.append(" OR (f.scopeType = '" + FlagScope.USER + "' AND f.scopeId = :userId)");
    }
    if (merchantId != null) {
      scopes.append(" OR (f.scopeType = '" + FlagScope.MERCHANT + "' AND f.scopeId = :merchantId)");
    }
    TypedQuery<FeatureFlag> query =
        em.createQuery(
                "SELECT f FROM FeatureFlag f WHERE f.flagKey = :key AND (" + scopes + ")",
                FeatureFlag.class)
            .setParameter("key", key);
    if (userId != null) {
      query.setParameter("userId", userId);
    }
    if (merchantId != null) {
      query.setParameter("merchantId", merchantId);
    }
    return query.getResultList();
  }

  public void delete(FeatureFlag flag) {
    em.remove(flag);
  }

  public Page<FeatureFlag> list(FeatureFlagFilter filter, PageRequest page) {
    FilteredQuery query = new FilteredQuery();
    filter.key().ifPresent(v -> query.where("f.flagKey = :flagKey", "flagKey", v));
    filter.scopeType().ifPresent(v -> query.where("f.scopeType = :scopeType", "scopeType", v));
    filter.scopeId().ifPresent(v -> query.where("f.scopeId = :scopeId", "scopeId", v));
    return query.page(
        em, FeatureFlag.class, "f", "FeatureFlag f", "f.createdAt DESC, f.id DESC", page);
  }
}
