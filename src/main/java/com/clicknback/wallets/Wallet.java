package com.clicknback.wallets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A user's cashback balances ({@code wallets}, spec 08 §1): {@code pending} waits for the purchase
 * to be verified, {@code available} can be withdrawn, {@code paid} was paid out. Balances only
 * change through the moves below, on a row locked by {@link
 * WalletRepository#findByUserIdForUpdate}, and none of them ever goes below zero.
 */
@Entity
@Table(name = "wallets")
public class Wallet {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "pending_balance", nullable = false, precision = 12, scale = 2)
  private BigDecimal pendingBalance;

  @Column(name = "available_balance", nullable = false, precision = 12, scale = 2)
  private BigDecimal availableBalance;

  @Column(name = "paid_balance", nullable = false, precision = 12, scale = 2)
  private BigDecimal paidBalance;

  protected Wallet() {
    // for JPA
  }

  Wallet(UUID userId, BigDecimal pending, BigDecimal available, BigDecimal paid) {
    this.userId = userId;
    this.pendingBalance = pending;
    this.availableBalance = available;
    this.paidBalance = paid;
  }

  /** The balances of a user without a wallet row: all zero (spec 08 §4). */
  public static Wallet empty(UUID userId) {
    return new Wallet(userId, zero(), zero(), zero());
  }

  public UUID userId() {
    return userId;
  }

  public BigDecimal pendingBalance() {
    return pendingBalance;
  }

  public BigDecimal availableBalance() {
    return availableBalance;
  }

  public BigDecimal paidBalance() {
    return paidBalance;
  }

  /** Ingestion: {@code pending += amount}. */
  void creditPending(BigDecimal amount) {
    pendingBalance = pendingBalance.add(checked(amount));
  }

  /** Confirmation: {@code pending −= amount, available += amount}. */
  void releasePending(BigDecimal amount) {
    BigDecimal moved = checked(amount);
    pendingBalance = debit("pending", pendingBalance, moved);
    availableBalance = availableBalance.add(moved);
  }

  /** Rejection, or reversal of a pending purchase: {@code pending −= amount}. */
  void reversePending(BigDecimal amount) {
    pendingBalance = debit("pending", pendingBalance, checked(amount));
  }

  /** Reversal of a confirmed purchase: {@code available −= amount}. */
  void reverseAvailable(BigDecimal amount) {
    availableBalance = debit("available", availableBalance, checked(amount));
  }

  /** Payout requested: {@code available −= amount}. */
  void withdrawAvailable(BigDecimal amount) {
    availableBalance = debit("available", availableBalance, checked(amount));
  }

  /** Payout completed: {@code paid += amount} (the amount left available at the request). */
  void recordPaid(BigDecimal amount) {
    paidBalance = paidBalance.add(checked(amount));
  }

  /** Payout failed: {@code available += amount} (the refund of the request's debit). */
  void refundAvailable(BigDecimal amount) {
    availableBalance = availableBalance.add(checked(amount));
  }

  private BigDecimal debit(String bucket, BigDecimal balance, BigDecimal amount) {
    if (balance.compareTo(amount) < 0) {
      throw new InsufficientBalanceException(userId, bucket, balance, amount);
    }
    return balance.subtract(amount);
  }

  private static BigDecimal checked(BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("A wallet move needs an amount of 0 or more: " + amount);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("A wallet move needs whole cents: " + amount);
    }
    return amount;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
