package com.clicknback.cashback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clicknback.offers.OfferTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashbackCalculatorTest {

  private static OfferTerms percent(double percentage) {
    return terms(percentage, null);
  }

  private static OfferTerms terms(double percentage, Double fixedAmount) {
    LocalDate today = LocalDate.of(2026, 5, 1);
    return new OfferTerms(
        UUID.randomUUID(), UUID.randomUUID(), percentage, fixedAmount, 100, today, today);
  }

  /** Every percentage vector of spec 07 §1. */
  @ParameterizedTest(name = "{0} at {1} % -> {2}")
  @CsvSource({
    "150.00, 11, 16.50",
    "33.33, 10, 3.33",
    "200.00, 2.5, 5.00",
    "75.00, 5, 3.75",
    "49.50, 5, 2.48",
    "0.10, 5, 0.00",
    "10.5, 5, 0.52",
    "0.30, 5, 0.02"
  })
  void calculate_returnsSpecVector_onPercentOffer(
      String amount, double percentage, String expected) {
    // Act
    BigDecimal cashback = CashbackCalculator.calculate(percent(percentage), new BigDecimal(amount));

    // Assert
    assertThat(cashback).isEqualTo(new BigDecimal(expected));
    assertThat(cashback.scale()).isEqualTo(2);
  }

  /** Every fixed-amount vector of spec 07 §1, the percentage ignored when a fixed amount exists. */
  @ParameterizedTest(name = "{0} fixed {2} (percentage {1}) -> {3}")
  @CsvSource({
    "500.00, 0.0, 5.0, 5.00",
    "100.00, 10, 3.0, 3.00",
    "100.00, 0.0, 2.505, 2.50",
    "1.00, 0.0, 3.0, 3.00"
  })
  void calculate_returnsFixedAmountHalfEven_onFixedOffer(
      String amount, double percentage, double fixed, String expected) {
    // Act
    BigDecimal cashback =
        CashbackCalculator.calculate(terms(percentage, fixed), new BigDecimal(amount));

    // Assert
    assertThat(cashback).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void calculate_roundsOnceAtTheEnd_onAmountSentWithTrailingZero() {
    // Arrange: 10.500 × 5 % = 0.525 exactly; HALF_EVEN keeps the even 2 (HALF_UP would give 0.53)
    BigDecimal amount = new BigDecimal("10.500");

    // Act
    BigDecimal cashback = CashbackCalculator.calculate(percent(5), amount);

    // Assert
    assertThat(cashback).isEqualTo(new BigDecimal("0.52"));
  }

  @Test
  void calculate_usesShortestDecimalOfDouble_onPercentageWithoutExactBinaryForm() {
    // Arrange: new BigDecimal(0.1) is 0.1000000000000000055..., which would round 5.00 × 0.1 % up
    BigDecimal amount = new BigDecimal("5.00");

    // Act
    BigDecimal cashback = CashbackCalculator.calculate(percent(0.1), amount);

    // Assert: exactly 0.005 -> 0.00 (half-even)
    assertThat(cashback).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void calculate_throws_onPercentOfferWithoutAmount() {
    // Act & Assert
    assertThatThrownBy(() -> CashbackCalculator.calculate(percent(5), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
