package com.clicknback.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.errors.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
  private static final double MAX = 20;
  private static final String PERCENT_REASON =
      "Percentage must be between 0 (exclusive) and 20.0 (inclusive).";

  private static OfferDraft draft(
      boolean fixed, double value, LocalDate start, LocalDate end, double cap) {
    return new OfferDraft(UUID.randomUUID(), fixed, value, start, end, cap);
  }

  private static OfferDraft percent(double value) {
    return draft(false, value, TODAY, TODAY.plusDays(30), 100);
  }

  private static OfferDraft fixed(double value) {
    return draft(true, value, TODAY, TODAY.plusDays(30), 100);
  }

  private static Optional<Violation> check(OfferDraft draft) {
    return OfferRules.creationViolation(draft, TODAY, MAX);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0001, 1, 12.5, 20})
  void creationViolation_isEmpty_onPercentageInRange(double value) {
    // Act
    Optional<Violation> violation = check(percent(value));

    // Assert
    assertThat(violation).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.0, -1, 20.0001, 21, 100, Double.NaN})
  void creationViolation_refusesCashbackValue_onPercentageOutOfRange(double value) {
    // Act
    Optional<Violation> violation = check(percent(value));

    // Assert
    assertThat(violation).contains(new Violation("cashback_value", PERCENT_REASON));
  }

  @Test
  void creationViolation_namesConfiguredMaximum_onPercentageAboveIt() {
    // Act
    Optional<Violation> violation = OfferRules.creationViolation(percent(13), TODAY, 12.5);

    // Assert
    assertThat(violation)
        .contains(
            new Violation(
                "cashback_value",
                "Percentage must be between 0 (exclusive) and 12.5 (inclusive)."));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.01, 3, 20.0001, 1_000_000})
  void creationViolation_isEmpty_onPositiveFixedAmountWithoutUpperBound(double value) {
    // Act
    Optional<Violation> violation = check(fixed(value));

    // Assert
    assertThat(violation).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.0, -3, Double.NaN})
  void creationViolation_refusesCashbackValue_onFixedAmountNotPositive(double value) {
    // Act
    Optional<Violation> violation = check(fixed(value));

    // Assert
    assertThat(violation)
        .contains(new Violation("cashback_value", "Fixed amount must be greater than 0."));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 365})
  void creationViolation_isEmpty_onStartTodayOrLater(int daysAhead) {
    // Arrange
    LocalDate start = TODAY.plusDays(daysAhead);

    // Act
    Optional<Violation> violation = check(draft(false, 5, start, start.plusDays(1), 10));

    // Assert
    assertThat(violation).isEmpty();
  }

  @Test
  void creationViolation_refusesStartDate_onYesterday() {
    // Act
    Optional<Violation> violation = check(draft(false, 5, TODAY.minusDays(1), TODAY, 10));

    // Assert
    assertThat(violation)
        .contains(
            new Violation(
                "start_date", "Start date must be today or a future date. Got: '2026-05-09'."));
  }

  @Test
  void creationViolation_isEmpty_onOneDayWindow() {
    // Act
    Optional<Violation> violation = check(draft(false, 5, TODAY, TODAY, 10));

    // Assert
    assertThat(violation).isEmpty();
  }

  @Test
  void creationViolation_refusesEndDate_onEndBeforeStart() {
    // Act
    Optional<Violation> violation =
        check(draft(false, 5, TODAY.plusDays(2), TODAY.plusDays(1), 10));

    // Assert
    assertThat(violation)
        .contains(
            new Violation(
                "end_date",
                "End date must be after start date. Got start='2026-05-12', end='2026-05-11'."));
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "-0.0, -0.0", "-5, -5.0", "-0.00001, -1e-05", "NaN, nan"})
  void creationViolation_refusesMonthlyCapWithPythonFloat_onCapNotPositive(
      double cap, String written) {
    // Act
    Optional<Violation> violation = check(draft(false, 5, TODAY, TODAY, cap));

    // Assert
    assertThat(violation)
        .contains(
            new Violation("monthly_cap", "Monthly cap must be positive. Got: " + written + "."));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.01, 1, 1e9})
  void creationViolation_isEmpty_onPositiveCap(double cap) {
    // Act
    Optional<Violation> violation = check(draft(true, 5, TODAY, TODAY, cap));

    // Assert
    assertThat(violation).isEmpty();
  }

  @Test
  void creationViolation_reportsValueFirst_onEveryRuleBroken() {
    // Act
    Optional<Violation> violation =
        check(draft(false, 0, TODAY.minusDays(1), TODAY.minusDays(2), 0));

    // Assert
    assertThat(violation).map(Violation::field).contains("cashback_value");
  }

  @Test
  void creationViolation_reportsStartBeforeEnd_onStartAndEndAndCapBroken() {
    // Act
    Optional<Violation> violation =
        check(draft(true, 1, TODAY.minusDays(1), TODAY.minusDays(2), 0));

    // Assert
    assertThat(violation).map(Violation::field).contains("start_date");
  }

  @Test
  void creationViolation_reportsEndBeforeCap_onEndAndCapBroken() {
    // Act
    Optional<Violation> violation = check(draft(true, 1, TODAY, TODAY.minusDays(1), 0));

    // Assert
    assertThat(violation).map(Violation::field).contains("end_date");
  }

  @Test
  void listViolations_isEmpty_onValidOrAbsentFilters() {
    // Act
    List<Violation> none = OfferRules.listViolations(null, Optional.empty(), Optional.empty());
    List<Violation> valid =
        OfferRules.listViolations("inactive", Optional.of(TODAY), Optional.of(TODAY));
    List<Violation> onlyFrom =
        OfferRules.listViolations("active", Optional.of(TODAY), Optional.empty());

    // Assert
    assertThat(none).isEmpty();
    assertThat(valid).isEmpty();
    assertThat(onlyFrom).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Active", "ACTIVE", "all", " active"})
  void listViolations_refusesStatus_onAnythingButActiveOrInactive(String status) {
    // Act
    List<Violation> violations =
        OfferRules.listViolations(status, Optional.empty(), Optional.empty());

    // Assert
    assertThat(violations)
        .containsExactly(new Violation("status", "Status must be one of: active, inactive."));
  }

  @Test
  void listViolations_listsStatusThenDates_onBothBroken() {
    // Act
    List<Violation> violations =
        OfferRules.listViolations(
            "open", Optional.of(LocalDate.of(2026, 12, 31)), Optional.of(LocalDate.of(2026, 1, 1)));

    // Assert
    assertThat(violations)
        .containsExactly(
            new Violation("status", "Status must be one of: active, inactive."),
            new Violation(
                "date_from", "date_from (2026-12-31) must not be after date_to (2026-01-01)."));
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, 0.0",
    "-0.0, -0.0",
    "20, 20.0",
    "12.5, 12.5",
    "1000.123, 1000.123",
    "0.1, 0.1",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "0.000015, 1.5e-05",
    "10000000, 10000000.0",
    "1000000000000000, 1000000000000000.0",
    "1e16, 1e+16",
    "1.25e20, 1.25e+20",
    "-1e-7, -1e-07",
    "Infinity, inf",
    "-Infinity, -inf"
  })
  void pythonFloat_writesLikePythonRepr_always(double value, String expected) {
    // Act
    String written = OfferRules.pythonFloat(value);

    // Assert
    assertThat(written).isEqualTo(expected);
  }
}
