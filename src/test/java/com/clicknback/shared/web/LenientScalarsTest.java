package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientScalarsTest {

  public record Body(Double percentage, Boolean active) {}

  private final Jsonb jsonb = JsonbProvider.jsonb();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"5|5.0", "\"5\"|5.0", "\" 12.5 \"|12.5", "1000.123|1000.123", "0|0.0"})
  void deserialize_readsNumber_onNumberOrNumericString(String json, double expected) {
    // Act
    Body body = jsonb.fromJson("{\"percentage\": " + json + "}", Body.class);

    // Assert
    assertThat(body.percentage()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"abc\"",
        "\"NaN\"",
        "\"20d\"",
        "true",
        "{}",
        "[1]",
        "1e400",
        "-1e400",
        "\"1e400\""
      })
  void deserialize_refusesNumber_onNonNumericInput(String json) {
    // Act & Assert
    assertThatThrownBy(() -> jsonb.fromJson("{\"percentage\": " + json + "}", Body.class))
        .isInstanceOf(JsonbException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "true|true",
        "false|false",
        "\"yes\"|true",
        "\"Off\"|false",
        "1|true",
        "0|false",
        "\"t\"|true",
        "\"N\"|false"
      })
  void deserialize_readsBoolean_onLenientSpellings(String json, boolean expected) {
    // Act
    Body body = jsonb.fromJson("{\"active\": " + json + "}", Body.class);

    // Assert
    assertThat(body.active()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"maybe\"", "2", "0.5", "{}"})
  void deserialize_refusesBoolean_onOtherInput(String json) {
    // Act & Assert
    assertThatThrownBy(() -> jsonb.fromJson("{\"active\": " + json + "}", Body.class))
        .isInstanceOf(JsonbException.class);
  }
}
