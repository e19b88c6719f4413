package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStringsTest {

  public record Body(String name) {}

  private final Jsonb jsonb = JsonbProvider.jsonb();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"\"Shoply\"|Shoply", "\"\"|''", "\"<script>\"|<script>", "\"😀\"|😀"})
  void deserialize_readsText_onJsonString(String json, String expected) {
    // Act
    Body body = jsonb.fromJson("{\"name\": " + json + "}", Body.class);

    // Assert
    assertThat(body.name()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\": null}", "{}"})
  void deserialize_readsNull_onNullOrAbsent(String json) {
    // Act
    Body body = jsonb.fromJson(json, Body.class);

    // Assert
    assertThat(body.name()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "1.5", "true", "false", "{}", "[]", "[\"a\"]", "\"a\\u0000b\""})
  void deserialize_refusesText_onNonStringOrNul(String json) {
    // Act & Assert
    assertThatThrownBy(() -> jsonb.fromJson("{\"name\": " + json + "}", Body.class))
        .isInstanceOf(JsonbException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"abc|false", "a\u0000b|true", "|false"})
  void hasNul_findsNulCharacter_onText(String text, boolean expected) {
    // Act & Assert
    assertThat(JsonStrings.hasNul(text)).isEqualTo(expected);
  }
}
