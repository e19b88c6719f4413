package com.clicknback.wallets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Wallet}s. */
@ApplicationScoped
public class WalletRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  /** The wallet as it is now, if the user has one (a plain read, no lock). */
  public Optional<Wallet> findByUserId(UUID userId) {
    return Optional.ofNullable(em.find(Wallet.class, userId));
  }

  /**
   * The user's wallet, locked until the transaction ends ({@code SELECT … FOR UPDATE}); created
   * with zero balances first if it does not exist ({@code INSERT … ON CONFLICT DO NOTHING}, so
   * concurrent first credits cannot make two rows or fail). Every balance change goes through here,
   * so changes of one wallet run one after the other.
   */
  public Wallet findByUserIdForUpdate(UUID userId) {
    em.createNativeQuery(
            "INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance)"
                + " VALUES (?1, 0, 0, 0) ON CONFLICT (user_id) DO NOTHING")
        .setParameter(1, userId)
        .executeUpdate();
    Wallet wallet = em.find(Wallet.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (wallet == null) {
      throw new IllegalStateException("Wallet of user " + userId + " vanished after its upsert");
    }
    return wallet;
  }
}
