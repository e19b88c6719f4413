package com.clicknback.payouts;

import com.clicknback.shared.config.Settings;
import com.clicknback.shared.web.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The withdrawal policy (spec 09 §3, 422): each rule is on only when its setting is set ({@code
 * PAYOUT_MIN_AMOUNT}, {@code PAYOUT_MONTHLY_LIMIT}, {@code PAYOUT_WEEKLY_LIMIT}, {@code
 * PAYOUT_MIN_INTERVAL_HOURS}). Months and weeks are calendar periods in UTC, weeks starting on
 * Monday; the limits count the user's payouts in the period that did not fail.
 */
public record WithdrawalPolicy(
    Optional<BigDecimal> minAmount,
    Optional<BigDecimal> monthlyLimit,
    Optional<BigDecimal> weeklyLimit,
    Optional<Integer> minIntervalHours) {

  /** The policy the settings describe. */
  public static WithdrawalPolicy of(Settings settings) {
    return new WithdrawalPolicy(
        settings.payoutMinAmount(),
        settings.payoutMonthlyLimit(),
        settings.payoutWeeklyLimit(),
        settings.payoutMinIntervalHours());
  }

  /** Whether any rule is on (when none is, nothing needs to be read). */
  public boolean isActive() {
    return minAmount.isPresent()
        || monthlyLimit.isPresent()
        || weeklyLimit.isPresent()
        || minIntervalHours.isPresent();
  }

  /** Start of the calendar month (UTC) of {@code now}. */
  static OffsetDateTime monthStart(OffsetDateTime now) {
    return now.withOffsetSameInstant(ZoneOffset.UTC)
        .toLocalDate()
        .withDayOfMonth(1)
        .atStartOfDay()
        .atOffset(ZoneOffset.UTC);
  }

  /** Start of the calendar week (Monday, UTC) of {@code now}. */
  static OffsetDateTime weekStart(OffsetDateTime now) {
    return now.withOffsetSameInstant(ZoneOffset.UTC)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay()
        .atOffset(ZoneOffset.UTC);
  }

  /** What the rules need to know about the user's earlier payouts. */
  public record History(
      BigDecimal thisMonth, BigDecimal thisWeek, Optional<OffsetDateTime> lastRequestedAt) {}

  /** One sentence per broken rule (the contracts' wording), empty when the request may go on. */
  public List<String> violations(BigDecimal amount, History history, OffsetDateTime now) {
    List<String> violations = new ArrayList<>();
    minAmount
        .filter(min -> amount.compareTo(min) < 0)
        .ifPresent(
            min ->
                violations.add(
                    "Minimum payout amount is %s. Requested: %s."
                        .formatted(Money.format(min), Money.format(amount))));
    monthlyLimit
        .filter(limit -> history.thisMonth().add(amount).compareTo(limit) > 0)
        .ifPresent(
            limit ->
                violations.add(
                    "Monthly payout limit (%s) would be exceeded. Already paid this month: %s."
                        .formatted(Money.format(limit), Money.format(history.thisMonth()))));
    weeklyLimit
        .filter(limit -> history.thisWeek().add(amount).compareTo(limit) > 0)
        .ifPresent(
            limit ->
                violations.add(
                    ("Weekly withdrawal limit (%s) would be exceeded. Already withdrawn this"
                            + " week: %s.")
                        .formatted(Money.format(limit), Money.format(history.thisWeek()))));
    if (minIntervalHours.isPresent() && history.lastRequestedAt().isPresent()) {
      long hoursAgo = Duration.between(history.lastRequestedAt().get(), now).toHours();
      if (hoursAgo < minIntervalHours.get()) {
        violations.add(
            "Must wait %d hours between withdrawals. Last withdrawal was %d hours ago."
                .formatted(minIntervalHours.get(), hoursAgo));
      }
    }
    return violations;
  }
}
