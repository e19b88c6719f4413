package com.clicknback.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link RefreshToken}s. */
@ApplicationScoped
public class RefreshTokenRepository {

  private static final String BY_HASH = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash";

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  /**
   * The token's row, locked until the transaction ends: concurrent refreshes with one token queue
   * here, and all but the first find it used.
   */
  public Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
    return em.createQuery(BY_HASH, RefreshToken.class)
        .setParameter("hash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<RefreshToken> findByHash(String tokenHash) {
    return em.createQuery(BY_HASH, RefreshToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  public void insert(RefreshToken token) {
    em.persist(token);
  }

  /** Revokes every not yet revoked token of the family; returns how many. */
  public int revokeFamily(UUID familyId, OffsetDateTime now) {
    return em.createQuery(
            "UPDATE RefreshToken t SET t.revokedAt = :now"
                + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
        .setParameter("now", now)
        .setParameter("family", familyId)
        .executeUpdate();
  }
}
