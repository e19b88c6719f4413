package com.clicknback.purchases;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.cashback.CashbackTransactionRepository;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.web.Money;
import com.clicknback.wallets.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state changes of a purchase after ingestion (spec 06 §1, 07 §5, 08 §2, 99 M9–M11), each in
 * one transaction with its cashback row, wallet move and audit row. The purchase row is locked
 * ({@code SELECT … FOR UPDATE}) before its status is read, so a change happens only from the state
 * it was read in: of two racing changes the second sees the first's result, and money moves once.
 * Lock order is purchase, then wallet, everywhere. Each change fires its {@link PurchaseEvent}.
 */
@ApplicationScoped
public class PurchaseTransitions {

  static final List<String> REVERSIBLE_FROM = List.of(Purchase.PENDING, Purchase.CONFIRMED);

  @Inject PurchaseRepository purchases;
  @Inject CashbackTransactionRepository cashbacks;
  @Inject WalletService wallets;
  @Inject AuditTrail audit;
  @Inject Event<PurchaseEvent> events;

  /**
   * Confirms a pending purchase (by an admin, 06 P5, or the job, 10 §7): with cashback C > 0 the
   * cashback row becomes {@code available} and C moves from pending to available.
   */
  @Transactional
  public Purchase confirm(UUID purchaseId, Actor actor) {
    Purchase purchase = locked(purchaseId);
    if (!Purchase.PENDING.equals(purchase.status())) {
      throw notPending(purchase);
    }
    BigDecimal cashback = purchase.cashbackAmount();
    purchase.setStatus(Purchase.CONFIRMED);
    if (cashback.signum() > 0) {
      cashbackRow(purchase).makeAvailable();
      wallets.releasePending(purchase.userId(), cashback);
    }
    Map<String, Object> details = outcomeDetails(purchase);
    details.put("cashback_amount", Money.format(cashback));
    audit.record(
        AuditEntry.success(
            actor,
            AuditAction.PURCHASE_CONFIRMED,
            PurchaseService.RESOURCE,
            purchase.id(),
            details));
    events.fire(
        new PurchaseEvent.PurchaseConfirmed(
            purchase.id(),
            purchase.userId(),
            purchase.merchantId(),
            purchase.amount(),
            purchase.currency(),
            cashback,
            actor));
    return purchase;
  }

  /**
   * Rejects a pending purchase (the job, 10 §7): with cashback C > 0 the cashback row becomes
   * {@code reversed} and C leaves the pending balance. The purchase keeps its cashback amount.
   */
  @Transactional
  public Purchase reject(UUID purchaseId, String reason, Actor actor) {
    Purchase purchase = locked(purchaseId);
    if (!Purchase.PENDING.equals(purchase.status())) {
      throw notPending(purchase);
    }
    BigDecimal cashback = purchase.cashbackAmount();
    purchase.setStatus(Purchase.REJECTED);
    if (cashback.signum() > 0) {
      cashbackRow(purchase).reverse();
      wallets.reversePending(purchase.userId(), cashback);
    }
    Map<String, Object> details = outcomeDetails(purchase);
    details.put("reason", reason);
    audit.record(
        AuditEntry.success(
            actor,
            AuditAction.PURCHASE_REJECTED,
            PurchaseService.RESOURCE,
            purchase.id(),
            details));
    events.fire(
        new PurchaseEvent.PurchaseRejected(
            purchase.id(),
            purchase.userId(),
            purchase.merchantId(),
            purchase.amount(),
            purchase.currency(),
            reason,
            actor));
    return purchase;
  }

  /**
   * Reverses a pending or confirmed purchase (an admin, 06 P6): the cashback row becomes {@code
   * reversed}, C leaves the pending balance (from pending) or the available balance (from
   * confirmed), and the purchase's cashback becomes 0.00. Rejected purchases are refused (99 M9).
   */
  @Transactional
  public Purchase reverse(UUID purchaseId, Actor admin) {
    Purchase purchase = locked(purchaseId);
    String prior = purchase.status();
    if (Purchase.REVERSED.equals(prior)) {
      throw alreadyReversed(purchase);
    }
    if (!REVERSIBLE_FROM.contains(prior)) {
      throw notReversible(purchase);
    }
    BigDecimal cashback = purchase.cashbackAmount();
    cashbackRow(purchase).reverse();
    if (Purchase.PENDING.equals(prior)) {
      wallets.reversePending(purchase.userId(), cashback);
    } else {
      wallets.reverseAvailable(purchase.userId(), cashback);
    }
    purchase.setStatus(Purchase.REVERSED);
    purchase.clearCashback();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("prior_status", prior);
    details.put("cashback_amount", Money.format(cashback));
    audit.record(
        AuditEntry.success(
            admin,
            AuditAction.PURCHASE_REVERSED,
            PurchaseService.RESOURCE,
            purchase.id(),
            details));
    events.fire(
        new PurchaseEvent.PurchaseReversed(
            purchase.id(),
            purchase.userId(),
            purchase.merchantId(),
            purchase.amount(),
            purchase.currency(),
            cashback,
            prior,
            admin));
    return purchase;
  }

  private Purchase locked(UUID purchaseId) {
    return purchases
        .findByIdForUpdate(purchaseId)
        .orElseThrow(() -> PurchaseService.notFound(purchaseId.toString()));
  }

  private CashbackTransaction cashbackRow(Purchase purchase) {
    return cashbacks
        .findByPurchaseId(purchase.id())
        .orElseThrow(
            () -> new IllegalStateException("Purchase without cashback row: " + purchase.id()));
  }

  private static Map<String, Object> outcomeDetails(Purchase purchase) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("merchant_id", purchase.merchantId().toString());
    details.put("amount", Money.format(purchase.amount()));
    details.put("currency", purchase.currency());
    return details;
  }

  static ApiException notPending(Purchase purchase) {
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("purchase_id", purchase.id().toString());
    violation.put("current_status", purchase.status());
    violation.put("required_status", Purchase.PENDING);
    return new ApiException(
        ErrorCode.PURCHASE_NOT_PENDING,
        "Cannot confirm purchase '"
            + purchase.id()
            + "'. Purchase status is '"
            + purchase.status()
            + "', not 'pending'.",
        Map.of("violations", List.of(violation)));
  }

  static ApiException alreadyReversed(Purchase purchase) {
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("purchase_id", purchase.id().toString());
    violation.put("current_status", Purchase.REVERSED);
    violation.put("reversible_from_statuses", REVERSIBLE_FROM);
    return new ApiException(
        ErrorCode.PURCHASE_ALREADY_REVERSED,
        "Cannot reverse purchase '" + purchase.id() + "'. Purchase is already reversed.",
        Map.of("violations", List.of(violation)));
  }

  static ApiException notReversible(Purchase purchase) {
    return new ApiException(
        ErrorCode.PURCHASE_NOT_REVERSIBLE,
        "Cannot reverse purchase '"
            + purchase.id()
            + "'. Purchase status is '"
            + purchase.status()
            + "'; only pending and confirmed purchases can be reversed.",
        Map.of(
            "violations",
            List.of(
                new Violation(
                    "status",
                    "A rejected purchase's cashback already left the pending balance and was"
                        + " never available; reversing it would take it a second time."))));
  }
}
