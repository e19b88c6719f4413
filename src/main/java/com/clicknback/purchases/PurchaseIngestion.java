package com.clicknback.purchases;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.cashback.CashbackCalculator;
import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.cashback.CashbackTransactionRepository;
import com.clicknback.cashback.MonthlyCap;
import com.clicknback.merchants.MerchantService;
import com.clicknback.merchants.MerchantSummary;
import com.clicknback.offers.OfferService;
import com.clicknback.offers.OfferTerms;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.persistence.UniqueViolations;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.time.Timestamps;
import com.clicknback.shared.web.Money;
import com.clicknback.wallets.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Purchase ingestion (spec 06 §3) in one transaction: the checks in the spec's order, then the
 * purchase, its {@code pending} cashback row, the pending credit and the audit rows together.
 *
 * <p>Concurrency: the user's wallet row is locked ({@code SELECT … FOR UPDATE}) before the monthly
 * cap is summed and the purchase stored, so ingestions by one user run one after the other: the cap
 * (99 M4) holds, and a repeated {@code external_id} is seen by the re-check under the lock. A race
 * between different users on one {@code external_id} is settled by the unique index ({@link
 * ExternalIdTaken}).
 */
@ApplicationScoped
public class PurchaseIngestion {

  static final String UNIQUE_EXTERNAL_ID = "uq_purchases_external_id";
  static final String EUR = "EUR";

  @Inject PurchaseRepository purchases;
  @Inject CashbackTransactionRepository cashbacks;
  @Inject WalletService wallets;
  @Inject MerchantService merchants;
  @Inject OfferService offers;
  @Inject AuditTrail audit;
  @Inject Event<PurchaseEvent> events;
  @Inject Clock clock;

  /** The index refused a second purchase with the same {@code external_id}. */
  static final class ExternalIdTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExternalIdTaken(Throwable cause) {
      super("external_id taken by a concurrent ingestion", cause);
    }
  }

  @Transactional
  public Purchase ingest(IngestCommand command, Account caller) {
    if (!command.userId().equals(caller.id())) {
      throw forbidden();
    }
    purchases
        .findByExternalId(command.externalId())
        .ifPresent(
            existing -> {
              throw duplicate(existing);
            });
    if (!EUR.equals(command.currency().toUpperCase(Locale.ROOT))) {
      throw unsupportedCurrency(command.currency());
    }
    if (!caller.active()) {
      throw userNotEligible(command.userId());
    }
    UUID merchantId = command.merchantId();
    merchants
        .find(merchantId)
        .filter(MerchantSummary::active)
        .orElseThrow(() -> merchantNotEligible(merchantId));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    OfferTerms offer =
        offers
            .findActiveOfferFor(merchantId, LocalDate.now(clock))
            .orElseThrow(() -> offerNotAvailable(merchantId));
    BigDecimal raw = CashbackCalculator.calculate(offer, command.amount());

    wallets.lock(command.userId());
    purchases
        .findByExternalId(command.externalId())
        .ifPresent(
            existing -> {
              throw duplicate(existing);
            });
    YearMonth month = YearMonth.from(now);
    BigDecimal earned =
        purchases.cashbackEarned(
            command.userId(),
            offer.id(),
            month.atDay(1).atStartOfDay(),
            month.plusMonths(1).atDay(1).atStartOfDay());
    BigDecimal cashback = MonthlyCap.apply(raw, offer.monthlyCap(), earned);

    Purchase purchase =
        new Purchase(
            command.externalId(),
            command.userId(),
            merchantId,
            offer.id(),
            command.amount(),
            EUR,
            cashback,
            now);
    try {
      purchases.insert(purchase);
    } catch (PersistenceException e) {
      if (UniqueViolations.isViolationOf(e, UNIQUE_EXTERNAL_ID)) {
        throw new ExternalIdTaken(e);
      }
      throw e;
    }
    CashbackTransaction transaction =
        new CashbackTransaction(command.userId(), purchase.id(), cashback, now);
    cashbacks.insert(transaction);
    wallets.creditPending(command.userId(), cashback);

    Actor user = Actor.user(command.userId());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("external_id", purchase.externalId());
    details.put("merchant_id", merchantId.toString());
    details.put("offer_id", offer.id().toString());
    details.put("amount", Money.format(purchase.amount()));
    details.put("currency", purchase.currency());
    details.put("cashback_amount", Money.format(cashback));
    audit.record(
        AuditEntry.success(
            user, AuditAction.PURCHASE_INGESTED, PurchaseService.RESOURCE, purchase.id(), details));
    Map<String, Object> credit = new LinkedHashMap<>();
    credit.put("purchase_id", purchase.id().toString());
    credit.put("amount", Money.format(cashback));
    credit.put("raw_amount", Money.format(raw));
    credit.put("balance", "pending");
    audit.record(
        AuditEntry.success(
            user, AuditAction.CASHBACK_CREDITED, "cashback_transaction", transaction.id(), credit));
    events.fire(
        new PurchaseEvent.CashbackCredited(
            purchase.id(), command.userId(), merchantId, transaction.id(), cashback));
    return purchase;
  }

  /** The 409 for the purchase already stored under an {@code external_id}. */
  @Transactional
  public ApiException duplicateOf(String externalId) {
    return purchases
        .findByExternalId(externalId)
        .map(PurchaseIngestion::duplicate)
        .orElseThrow(
            () -> new IllegalStateException("external_id taken, but no purchase holds it"));
  }

  static ApiException duplicate(Purchase existing) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("external_id", existing.externalId());
    details.put("previously_created_at", Timestamps.local(existing.createdAt()));
    details.put("previously_processed_amount", Money.format(existing.amount()));
    details.put(
        "action",
        "This request is idempotent and safe to retry. You will receive the same result.");
    return new ApiException(
        ErrorCode.DUPLICATE_PURCHASE,
        "A purchase with external ID '" + existing.externalId() + "' has already been processed.",
        details);
  }

  private static ApiException forbidden() {
    return new ApiException(
        ErrorCode.FORBIDDEN,
        "You can only ingest purchases on your own behalf.",
        Map.of("reason", "The user_id in the request does not match the authenticated user."));
  }

  private static ApiException unsupportedCurrency(String currency) {
    return new ApiException(
        ErrorCode.UNSUPPORTED_CURRENCY,
        "Currency '" + currency + "' is not supported. Only EUR is accepted at this time.",
        Map.of(
            "currency",
            currency,
            "reason",
            "The platform currently processes purchases in EUR only."));
  }

  private static ApiException userNotEligible(UUID userId) {
    return new ApiException(
        ErrorCode.USER_NOT_ELIGIBLE,
        "User is not eligible to ingest purchases.",
        Map.of(
            "user_id",
            userId.toString(),
            "reason",
            "Purchase cannot be ingested for users who are non-existent or inactive."));
  }

  private static ApiException merchantNotEligible(UUID merchantId) {
    return new ApiException(
        ErrorCode.MERCHANT_NOT_ELIGIBLE,
        "Merchant is not eligible to process purchases.",
        Map.of(
            "merchant_id",
            merchantId.toString(),
            "reason",
            "Purchases cannot be processed for merchants who are non-existent or inactive."));
  }

  private static ApiException offerNotAvailable(UUID merchantId) {
    return new ApiException(
        ErrorCode.OFFER_NOT_AVAILABLE,
        "No active offer is available for merchant '" + merchantId + "'.",
        Map.of(
            "merchant_id",
            merchantId.toString(),
            "reason",
            "Purchases cannot be processed without a valid active offer for the merchant."));
  }
}
