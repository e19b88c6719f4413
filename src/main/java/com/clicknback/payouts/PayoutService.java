package com.clicknback.payouts;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.logging.AppLoggers;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.web.Money;
import com.clicknback.shared.web.Uuids;
import com.clicknback.wallets.WalletService;
import com.clicknback.wallets.WithdrawalExceedsBalanceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Payouts (spec 09, 99 M7): a user withdraws available cashback, admins list and process the
 * requests. A request checks the body (400), then in one transaction locks the wallet, refuses an
 * amount above the available balance (409), takes the amount out of {@code available}, inserts the
 * payout and writes its audit row.
 */
@ApplicationScoped
public class PayoutService {

  static final String RESOURCE = "payout";

  static final String AMOUNT_INVALID = "Amount must be positive and a valid decimal.";
  static final String METHOD_INVALID = "Payment method must be one of: bank_transfer, card.";

  private static final Logger LOG = AppLoggers.get(PayoutService.class);

  @Inject PayoutRepository payouts;
  @Inject PayoutTransitions transitions;
  @Inject WalletService wallets;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Settings settings;

  /** The checked request: what to pay out, how and where. */
  record Checked(BigDecimal amount, PayoutMethod method, PayoutDetails details) {}

  /** PY1 / W3: the new payout, {@code requested}, with the details it was requested with. */
  @Transactional
  public Requested request(PayoutRequests.Create body, Account caller, PayoutChannel channel) {
    Checked checked = check(body);
    UUID userId = caller.id();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    checkPolicy(userId, checked.amount(), now, channel);
    try {
      wallets.withdraw(userId, checked.amount());
    } catch (WithdrawalExceedsBalanceException e) {
      throw insufficientBalance(e, channel);
    }
    Payout payout =
        new Payout(UUID.randomUUID(), userId, checked.amount(), checked.method().value(), now);
    payouts.insert(payout, checked.details());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", Money.format(payout.amount()));
    details.put("method", payout.method());
    audit.record(
        AuditEntry.success(
            Actor.user(userId), AuditAction.WITHDRAWAL_REQUESTED, RESOURCE, payout.id(), details));
    LOG.info(
        () ->
            "Payout %s requested by user %s: %s by %s"
                .formatted(payout.id(), userId, Money.format(payout.amount()), payout.method()));
    return new Requested(payout, checked.details());
  }

  /**
   * The withdrawal policy (422), checked under the wallet lock so that concurrent requests of one
   * user see each other's payouts: the lock is taken first, then the history read.
   */
  private void checkPolicy(
      UUID userId, BigDecimal amount, OffsetDateTime now, PayoutChannel channel) {
    WithdrawalPolicy policy = WithdrawalPolicy.of(settings);
    if (!policy.isActive()) {
      return;
    }
    wallets.lock(userId);
    WithdrawalPolicy.History history =
        new WithdrawalPolicy.History(
            payouts.sumNotFailedSince(userId, WithdrawalPolicy.monthStart(now)),
            payouts.sumNotFailedSince(userId, WithdrawalPolicy.weekStart(now)),
            payouts.lastRequestedAt(userId));
    List<String> violations = policy.violations(amount, history, now);
    if (!violations.isEmpty()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("violations", violations);
      details.put("action", channel.policyAction());
      throw new ApiException(ErrorCode.UNPROCESSABLE_ENTITY, channel.policyMessage(), details);
    }
  }

  /** A new payout and the details it was requested with (to show back masked). */
  public record Requested(Payout payout, PayoutDetails details) {}

  /** PY4: validates the status (400), then 404 for an unknown id, then the transition. */
  public Payout process(String payoutId, PayoutRequests.Process body, Actor admin) {
    String status = body == null ? null : body.status();
    if (!Payout.COMPLETED.equals(status) && !Payout.FAILED.equals(status)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("field", "status");
      details.put("received", status);
      details.put("supported_values", List.of(Payout.COMPLETED, Payout.FAILED));
      throw new ApiException(
          ErrorCode.BUSINESS_VALIDATION_ERROR,
          "Invalid status value. Supported values are: 'completed', 'failed'.",
          details);
    }
    UUID id = Uuids.parsePathId(payoutId).orElseThrow(() -> notFound(payoutId));
    return transitions.process(id, status, admin);
  }

  /** PY2 / PY3: a page of payouts, newest request first, and how many match in all. */
  @Transactional
  public Page<Payout> list(PayoutFilter filter, PageRequest page) {
    return payouts.list(filter, page);
  }

  /** The body checks of spec 09 §3, all listed in one 400. */
  static Checked check(PayoutRequests.Create body) {
    List<Violation> violations = new ArrayList<>();
    BigDecimal amount = null;
    if (body == null || body.amount() == null || Money.amountViolation(body.amount()).isPresent()) {
      violations.add(new Violation("amount", AMOUNT_INVALID));
    } else {
      amount = body.amount().toAmount();
    }
    Optional<PayoutMethod> method =
        body == null ? Optional.empty() : PayoutMethod.of(body.method());
    PayoutDetails details = null;
    if (method.isEmpty()) {
      violations.add(new Violation("method", METHOD_INVALID));
    } else {
      PayoutDetails.Result result = PayoutDetails.check(method.get(), body.details());
      violations.addAll(result.violations());
      details = result.details().orElse(null);
    }
    if (!violations.isEmpty()) {
      throw new ApiException(
          ErrorCode.BUSINESS_VALIDATION_ERROR,
          "Validation failed for request body.",
          Map.of("violations", violations));
    }
    return new Checked(amount, method.get(), details);
  }

  static ApiException insufficientBalance(
      WithdrawalExceedsBalanceException e, PayoutChannel channel) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("requested_amount", Money.format(e.requested()));
    details.put("available_balance", Money.format(e.available()));
    details.put("pending_balance", Money.format(e.pending()));
    details.put("action", "Request a smaller amount or wait for pending cashback to be confirmed.");
    return new ApiException(
        ErrorCode.INSUFFICIENT_BALANCE,
        channel.insufficientBalance(e.requested(), e.available()),
        details);
  }

  static ApiException notFound(String payoutId) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource_type", RESOURCE);
    details.put("resource_id", payoutId);
    return new ApiException(
        ErrorCode.NOT_FOUND, "Payout with ID '" + payoutId + "' does not exist.", details);
  }
}
