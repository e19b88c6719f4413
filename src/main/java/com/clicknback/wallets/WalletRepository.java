package com.clicknback.wallets;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;

/** Persistence of {@link Wallet}s. */
@ApplicationScoped
public class WalletRepository {

  @PersistenceContext(unitName = "clicknback")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** The key under which the current transaction keeps a wallet it has locked. */
  private record Locked(UUID userId) {}

  /** The wallet as it is now, if the user has one (a plain read, no lock). */
  public Optional<Wallet> findByUserId(UUID userId) {
    return Optional.ofNullable(em.find(Wallet.class, userId));
  }

  /**
   * The user's wallet, locked until the transaction ends ({@code SELECT … FOR UPDATE}); created
   * with zero balances first if it does not exist ({@code INSERT … ON CONFLICT DO NOTHING}, so
   * concurrent first credits cannot make two rows or fail). Every balance change goes through here,
   * so changes of one wallet run one after the other. A wallet this transaction has locked already
   * is returned as it is, without asking the database again (an ingestion locks the wallet before
   * its monthly-cap check and credits it afterwards).
   */
  public Wallet findByUserIdForUpdate(UUID userId) {
    Locked key = new Locked(userId);
    if (transaction.getResource(key) instanceof Wallet held && em.contains(held)) {
      return held;
    }
    em.createNativeQuery(
            "INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance)"
                + " VALUES (?1, 0, 0, 0) ON CONFLICT (user_id) DO NOTHING")
        .setParameter(1, userId)
        .executeUpdate();
    Wallet wallet = em.find(Wallet.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (wallet == null) {
      throw new IllegalStateException("Wallet of user " + userId + " vanished after its upsert");
    }
    transaction.putResource(key, wallet);
    return wallet;
  }
}
