package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  /** A response with a money field, as the endpoints declare them. */
  public record Body(@JsonbTypeSerializer(Money.Serializer.class) BigDecimal pendingBalance) {}

  @ParameterizedTest
  @CsvSource({
    "19.05, 19.05",
    "0, 0.00",
    "3.5, 3.50",
    "1E+1, 10.00",
    "9999999999.99, 9999999999.99"
  })
  void format_writesTwoDecimalsPlainly_onStoredAmounts(String amount, String expected) {
    // Act
    String text = Money.format(new BigDecimal(amount));

    // Assert
    assertThat(text).isEqualTo(expected);
  }

  @Test
  void format_throws_onAmountWithMoreThanTwoDecimals() {
    // Act & Assert
    assertThatThrownBy(() -> Money.format(new BigDecimal("0.005")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void serializer_writesJsonString_onAnnotatedField() {
    // Act
    String json = JsonbProvider.jsonb().toJson(new Body(new BigDecimal("7")));

    // Assert
    assertThat(json).isEqualTo("{\"pending_balance\":\"7.00\"}");
  }
}
