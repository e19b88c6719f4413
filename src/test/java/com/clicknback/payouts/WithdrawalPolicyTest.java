package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawalPolicyTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 14, 12, 0, 0, 0, ZoneOffset.UTC); // a Thursday

  private static final WithdrawalPolicy ALL =
      new WithdrawalPolicy(
          Optional.of(new BigDecimal("10.00")),
          Optional.of(new BigDecimal("100.00")),
          Optional.of(new BigDecimal("200.00")),
          Optional.of(48));

  private static WithdrawalPolicy.History history(
      String month, String week, OffsetDateTime lastRequestedAt) {
    return new WithdrawalPolicy.History(
        new BigDecimal(month), new BigDecimal(week), Optional.ofNullable(lastRequestedAt));
  }

  @Test
  void violations_isEmpty_onRequestWithinEveryRule() {
    // Arrange
    WithdrawalPolicy.History history = history("50.00", "50.00", NOW.minusHours(48));

    // Act
    var violations = ALL.violations(new BigDecimal("50.00"), history, NOW);

    // Assert
    assertThat(violations).isEmpty();
  }

  @Test
  void violations_listsEveryBrokenRule_inContractWording() {
    // Arrange
    WithdrawalPolicy.History history = history("96.00", "196.00", NOW.minusHours(24));

    // Act
    var violations = ALL.violations(new BigDecimal("5.00"), history, NOW);

    // Assert
    assertThat(violations)
        .containsExactly(
            "Minimum payout amount is 10.00. Requested: 5.00.",
            "Monthly payout limit (100.00) would be exceeded. Already paid this month: 96.00.",
            "Weekly withdrawal limit (200.00) would be exceeded. Already withdrawn this week:"
                + " 196.00.",
            "Must wait 48 hours between withdrawals. Last withdrawal was 24 hours ago.");
  }

  @Test
  void violations_allowsExactLimit_onSumEqualToLimit() {
    // Arrange
    WithdrawalPolicy.History history = history("90.00", "90.00", null);

    // Act
    var violations = ALL.violations(new BigDecimal("10.00"), history, NOW);

    // Assert
    assertThat(violations).isEmpty();
  }

  @Test
  void violations_isEmpty_onEveryRuleOff() {
    // Arrange
    WithdrawalPolicy off =
        new WithdrawalPolicy(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    // Act
    var violations = off.violations(new BigDecimal("0.01"), history("1e6", "1e6", NOW), NOW);

    // Assert
    assertThat(off.isActive()).isFalse();
    assertThat(violations).isEmpty();
  }

  @Test
  void periodStarts_areCalendarMonthAndMondayUtc_onMidWeekInstant() {
    // Arrange
    OffsetDateTime late = OffsetDateTime.of(2026, 5, 1, 1, 0, 0, 0, ZoneOffset.ofHours(3));

    // Act
    OffsetDateTime month = WithdrawalPolicy.monthStart(NOW);
    OffsetDateTime week = WithdrawalPolicy.weekStart(NOW);
    OffsetDateTime previousMonth = WithdrawalPolicy.monthStart(late);

    // Assert
    assertThat(month).isEqualTo(OffsetDateTime.of(2026, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(week).isEqualTo(OffsetDateTime.of(2026, 5, 11, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(previousMonth).isEqualTo(OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZoneOffset.UTC));
  }
}
