package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyInputTest {

  /** A body with an amount, as ingestion reads it. */
  public record Body(Money.Input amount) {}

  private static Money.Input read(String amountJson) {
    return JsonbProvider.jsonb().fromJson("{\"amount\":" + amountJson + "}", Body.class).amount();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"10.500|10.5", "75|75", "1E+2|100", "\"49.50\"|49.50", "\"10.500\"|10.500"})
  void inputDeserializer_normalisesNumbersButKeepsStringsLiteral_onJsonAmount(
      String json, String expected) {
    // Act
    Money.Input input = read(json);

    // Assert
    assertThat(input.text()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "[1]", "{\"a\":1}"})
  void inputDeserializer_throws_onNeitherNumberNorString(String json) {
    // Act & Assert
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonbException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "10.5", "75", "9999999999.99"})
  void amountViolation_isEmptyAndAmountHasScale2_onValidAmount(String text) {
    // Act
    Optional<String> violation = Money.amountViolation(new Money.Input(text));

    // Assert
    assertThat(violation).isEmpty();
    assertThat(new Money.Input(text).toAmount()).isEqualByComparingTo(new BigDecimal(text));
    assertThat(new Money.Input(text).toAmount().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|Input should be greater than 0",
        "-1.5|Input should be greater than 0",
        "10.500|Decimal input should have no more than 2 decimal places",
        "0.001|Decimal input should have no more than 2 decimal places",
        "10000000000|Input should be less than 10000000000",
        "1e400|Input should be less than 10000000000",
        "abc|Input should be a valid decimal",
        "''|Input should be a valid decimal",
        "NaN|Input should be a valid decimal"
      })
  void amountViolation_namesRuleBroken_onInvalidAmount(String text, String reason) {
    // Act
    Optional<String> violation = Money.amountViolation(new Money.Input(text));

    // Assert
    assertThat(violation).contains(reason);
  }
}
