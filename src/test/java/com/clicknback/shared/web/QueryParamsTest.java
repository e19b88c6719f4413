package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0|0", "10|10", "' 7 '|7", "+3|3", "-1|-1", "2147483647|2147483647"})
  void parseInteger_readsValue_onAsciiInteger(String raw, int expected) {
    // Act & Assert
    assertThat(QueryParams.parseInteger(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "abc", "1.5", "1e3", "٣", "１", "1_000", "2147483648", "9223372036854775808"})
  void parseInteger_isEmpty_onAnythingElse(String raw) {
    // Act & Assert
    assertThat(QueryParams.parseInteger(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"٣", "1.5", ""})
  void integer_recordsViolation_onNonAsciiOrNonInteger(String raw) {
    // Arrange
    QueryParams params = new QueryParams();

    // Act
    params.integer("offset", raw, 0, 0, 100);

    // Assert
    org.assertj.core.api.Assertions.assertThatThrownBy(params::validate)
        .hasMessage("Request validation failed.");
  }
}
