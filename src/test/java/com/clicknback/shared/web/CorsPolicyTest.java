package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorsPolicyTest {

  private static final Pattern DEV_REGEX =
      Pattern.compile("http://localhost(:\\d+)?|http://127\\.0\\.0\\.1(:\\d+)?");

  private static final CorsPolicy LIST_ONLY =
      new CorsPolicy(
          List.of("https://clicknback.com", "https://admin.clicknback.com:8443"), Optional.empty());

  private static final CorsPolicy LIST_AND_DEV_REGEX =
      new CorsPolicy(List.of("https://clicknback.com"), Optional.of(DEV_REGEX));

  @ParameterizedTest
  @ValueSource(strings = {"https://clicknback.com", "https://admin.clicknback.com:8443"})
  void allows_returnsTrue_onExactlyListedOrigin(String origin) {
    // Arrange
    CorsPolicy policy = LIST_ONLY;

    // Act
    boolean allowed = policy.allows(origin);

    // Assert
    assertThat(allowed).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.com",
        "http://clicknback.com",
        "https://clicknback.com/",
        "https://CLICKNBACK.com",
        "https://clicknback.com.evil.com",
        "https://evil.com?https://clicknback.com",
        "https://admin.clicknback.com",
        "http://localhost:3000",
        "null"
      })
  void allows_returnsFalse_onOriginNotExactlyListed(String origin) {
    // Arrange
    CorsPolicy policy = LIST_ONLY;

    // Act
    boolean allowed = policy.allows(origin);

    // Assert
    assertThat(allowed).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost",
        "http://localhost:3000",
        "http://127.0.0.1",
        "http://127.0.0.1:8080",
        "https://clicknback.com"
      })
  void allows_returnsTrue_onOriginFullyMatchingRegexOrListed(String origin) {
    // Arrange
    CorsPolicy policy = LIST_AND_DEV_REGEX;

    // Act
    boolean allowed = policy.allows(origin);

    // Assert
    assertThat(allowed).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:3000.evil.com",
        "http://localhost.evil.com",
        "http://evil.com/http://localhost",
        "https://localhost:3000",
        "http://localhost:",
        "http://localhost:abc",
        "http://127.0.0.1.evil.com",
        "http://127x0x0x1",
        "xhttp://localhost"
      })
  void allows_returnsFalse_onOriginOnlyPartlyMatchingRegex(String origin) {
    // Arrange
    CorsPolicy policy = LIST_AND_DEV_REGEX;

    // Act
    boolean allowed = policy.allows(origin);

    // Assert
    assertThat(allowed).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void allows_returnsFalse_onMissingOrigin(String origin) {
    // Arrange: a regex that would match the empty string
    CorsPolicy policy = new CorsPolicy(List.of(""), Optional.of(Pattern.compile("x*")));

    // Act
    boolean allowed = policy.allows(origin);

    // Assert
    assertThat(allowed).isFalse();
  }

  @Test
  void constructor_refusesWildcard_onStarInList() {
    // Arrange
    List<String> origins = List.of("https://clicknback.com", "*");

    // Act & Assert
    assertThatThrownBy(() -> new CorsPolicy(origins, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'*'");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "OPTIONS, https://clicknback.com, POST, true",
        "options, https://clicknback.com, DELETE, true",
        "OPTIONS, https://evil.com, GET, true",
        "OPTIONS, NULL, POST, false",
        "OPTIONS, https://clicknback.com, NULL, false",
        "GET, https://clicknback.com, POST, false",
        "POST, https://clicknback.com, POST, false"
      })
  void isPreflight_requiresOptionsWithOriginAndRequestedMethod_onEachCombination(
      String method, String origin, String requestedMethod, boolean expected) {
    // Arrange: the three request properties above

    // Act
    boolean preflight = CorsPolicy.isPreflight(method, origin, requestedMethod);

    // Assert
    assertThat(preflight).isEqualTo(expected);
  }
}
