package com.clicknback.payouts;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.web.Money;
import com.clicknback.wallets.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Processing a payout (spec 09 §2, §6): one transaction locks the payout row ({@code SELECT … FOR
 * UPDATE}) before reading its status, so of two racing calls the second sees the first's result and
 * money moves once; then the wallet row (lock order payout, then wallet, as purchase then wallet
 * everywhere). {@code completed} adds the amount to {@code paid}, {@code failed} refunds it to
 * {@code available}; {@code processed_at} is set and the audit row written in the same transaction.
 */
@ApplicationScoped
public class PayoutTransitions {

  static final List<String> ALLOWED_FROM = List.of(Payout.REQUESTED);

  @Inject PayoutRepository payouts;
  @Inject WalletService wallets;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Moves a requested payout to {@code completed} or {@code failed}; {@code status} is one. */
  @Transactional
  public Payout process(UUID payoutId, String status, Actor admin) {
    Payout payout =
        payouts
            .findByIdForUpdate(payoutId)
            .orElseThrow(() -> PayoutService.notFound(payoutId.toString()));
    if (!Payout.REQUESTED.equals(payout.status())) {
      throw alreadyProcessed(payout);
    }
    payout.process(status, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    if (Payout.COMPLETED.equals(status)) {
      wallets.completeWithdrawal(payout.userId(), payout.amount());
    } else {
      wallets.refundWithdrawal(payout.userId(), payout.amount());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", Money.format(payout.amount()));
    details.put("user_id", payout.userId().toString());
    details.put("new_status", status);
    audit.record(
        new AuditEntry(
            admin,
            AuditAction.WITHDRAWAL_PROCESSED,
            PayoutService.RESOURCE,
            payout.id().toString(),
            Payout.COMPLETED.equals(status)
                ? AuditEntry.Outcome.SUCCESS
                : AuditEntry.Outcome.FAILURE,
            details));
    return payout;
  }

  static ApiException alreadyProcessed(Payout payout) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("payout_id", payout.id().toString());
    details.put("current_status", payout.status());
    details.put("allowed_transitions", ALLOWED_FROM);
    return new ApiException(
        ErrorCode.BUSINESS_VALIDATION_ERROR,
        "Cannot process payout '" + payout.id() + "'. Payout is already " + payout.status() + ".",
        details);
  }
}
