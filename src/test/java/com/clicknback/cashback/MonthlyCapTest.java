package com.clicknback.cashback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyCapTest {

  @ParameterizedTest(name = "raw {0}, cap {1}, earned {2} -> {3}")
  @CsvSource({
    // nothing earned yet: the raw cashback, up to the cap
    "3.75, 50, 0.00, 3.75",
    "50.00, 50, 0.00, 50.00",
    "50.01, 50, 0.00, 50.00",
    // some earned: what is left under the cap
    "10.00, 50, 40.00, 10.00",
    "10.00, 50, 40.01, 9.99",
    "10.00, 50, 45.50, 4.50",
    // cap exactly reached or passed: nothing more
    "10.00, 50, 50.00, 0.00",
    "10.00, 50, 60.00, 0.00",
    // a zero raw cashback stays zero
    "0.00, 50, 0.00, 0.00",
    // a cap with more than 2 decimals never lets the total exceed it
    "1.00, 0.555, 0.00, 0.55",
    "1.00, 10.009, 10.00, 0.00"
  })
  void apply_returnsMaxOfZeroAndMinOfRawAndRoom_onBoundaries(
      String raw, double cap, String earned, String expected) {
    // Act
    BigDecimal credited = MonthlyCap.apply(new BigDecimal(raw), cap, new BigDecimal(earned));

    // Assert
    assertThat(credited).isEqualTo(new BigDecimal(expected));
    assertThat(credited.scale()).isEqualTo(2);
  }
}
