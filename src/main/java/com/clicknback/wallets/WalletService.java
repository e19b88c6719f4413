package com.clicknback.wallets;

import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.cashback.CashbackTransactionRepository;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Wallet balances (spec 08): one method per money move of 08 §2, each run inside the caller's
 * transaction (the purchase change that causes it commits or rolls back with it) on the wallet row
 * locked for update; and the owner's read-only views.
 */
@ApplicationScoped
public class WalletService {

  @Inject WalletRepository wallets;
  @Inject CashbackTransactionRepository transactions;

  /** Purchase ingested: {@code pending += amount}; creates the wallet on the first credit. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet creditPending(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.creditPending(amount));
  }

  /** Purchase confirmed: {@code pending −= amount, available += amount}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet releasePending(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.releasePending(amount));
  }

  /** Purchase rejected, or reversed while pending: {@code pending −= amount}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet reversePending(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.reversePending(amount));
  }

  /** Purchase reversed after confirmation: {@code available −= amount}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet reverseAvailable(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.reverseAvailable(amount));
  }

  /**
   * Payout requested (spec 09 §2): {@code available −= amount} on the locked wallet, or {@link
   * WithdrawalExceedsBalanceException} (nothing moved) when the available balance is smaller.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet withdraw(UUID userId, BigDecimal amount) {
    Wallet wallet = wallets.findByUserIdForUpdate(userId);
    if (wallet.availableBalance().compareTo(amount) < 0) {
      throw new WithdrawalExceedsBalanceException(
          amount, wallet.availableBalance(), wallet.pendingBalance());
    }
    wallet.withdrawAvailable(amount);
    return wallet;
  }

  /** Payout completed: {@code paid += amount}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet completeWithdrawal(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.recordPaid(amount));
  }

  /** Payout failed: {@code available += amount}, the requested amount comes back. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet refundWithdrawal(UUID userId, BigDecimal amount) {
    return move(userId, wallet -> wallet.refundAvailable(amount));
  }

  /**
   * Locks the user's wallet (creating it if needed) without moving money: callers that must read
   * and then write consistently for one user (the monthly cap, 99 M4) take this lock first.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Wallet lock(UUID userId) {
    return wallets.findByUserIdForUpdate(userId);
  }

  /**
   * The user's balances; all zero when the user has no wallet yet (spec 08 §4). One read, so it
   * runs without a transaction: a JTA transaction's begin, enlistment and commit (one more round
   * trip) would cost more than the query.
   */
  public Wallet summary(UUID userId) {
    return wallets.findByUserId(userId).orElseGet(() -> Wallet.empty(userId));
  }

  /** The user's cashback transactions, newest first (spec 08 §5). */
  @Transactional
  public Page<CashbackTransaction> transactions(UUID userId, PageRequest page) {
    return transactions.listByUser(userId, page);
  }

  /** Locks the user's wallet and applies one change to it. */
  private Wallet move(UUID userId, Consumer<Wallet> change) {
    Wallet wallet = wallets.findByUserIdForUpdate(userId);
    change.accept(wallet);
    return wallet;
  }
}
