package com.clicknback.purchases;

import com.clicknback.audit.Actor;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Domain events of purchases (spec 10 §8), fired as CDI events inside the transaction of the
 * change. Observers that act on them (logs, notifications) observe {@code during =
 * TransactionPhase.AFTER_SUCCESS}, so they only see committed changes; the audit rows are written
 * by the change itself, in its transaction (99 M10), not by observers.
 */
public sealed interface PurchaseEvent {

  UUID purchaseId();

  /** The pending cashback of a newly ingested purchase was credited (0.00 included). */
  record CashbackCredited(
      UUID purchaseId, UUID userId, UUID merchantId, UUID cashbackTransactionId, BigDecimal amount)
      implements PurchaseEvent {}

  /** A pending purchase was confirmed, by the job (system) or an admin. */
  record PurchaseConfirmed(
      UUID purchaseId,
      UUID userId,
      UUID merchantId,
      BigDecimal amount,
      String currency,
      BigDecimal cashbackAmount,
      Actor actor)
      implements PurchaseEvent {}

  /** A pending purchase was rejected by the job. */
  record PurchaseRejected(
      UUID purchaseId,
      UUID userId,
      UUID merchantId,
      BigDecimal amount,
      String currency,
      String reason,
      Actor actor)
      implements PurchaseEvent {}

  /** A pending or confirmed purchase was reversed by an admin. */
  record PurchaseReversed(
      UUID purchaseId,
      UUID userId,
      UUID merchantId,
      BigDecimal amount,
      String currency,
      BigDecimal reversedCashback,
      String priorStatus,
      Actor admin)
      implements PurchaseEvent {}
}
