package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"abc123", "req-2026.11.24:0001_x", "6f1c2b7a-4e8d-4f6a-8b5c-1e7d2a9f4b8c", "A"})
  void acceptOrGenerate_echoesClientValue_onSaneToken(String clientValue) {
    // Arrange: a short token of letters, digits and . _ : -

    // Act
    String id = RequestId.acceptOrGenerate(clientValue);

    // Assert
    assertThat(id).isEqualTo(clientValue);
  }

  @Test
  void acceptOrGenerate_echoesClientValue_onTokenOf128Characters() {
    // Arrange
    String longest = "a".repeat(128);

    // Act
    String id = RequestId.acceptOrGenerate(longest);

    // Assert
    assertThat(id).isEqualTo(longest);
  }

  static Stream<String> unsafeValues() {
    return Stream.of(
        null,
        "",
        "has space",
        "line\nbreak",
        "abc\r\nSet-Cookie: session=stolen",
        "abc\r\n",
        "a".repeat(129),
        "-leading-dash",
        ".hidden",
        "<script>alert(1)</script>",
        "id;rm -rf",
        "ünïcode",
        "tab\tseparated");
  }

  @ParameterizedTest
  @MethodSource("unsafeValues")
  void acceptOrGenerate_generatesUuid_onUnsafeValue(String clientValue) {
    // Arrange: a missing, empty, oversized or injection-prone value

    // Act
    String id = RequestId.acceptOrGenerate(clientValue);

    // Assert
    assertThat(id).isNotEqualTo(clientValue);
    assertThatCode(() -> UUID.fromString(id)).doesNotThrowAnyException();
    assertThat(UUID.fromString(id).toString()).isEqualTo(id);
  }

  @Test
  void acceptOrGenerate_generatesDifferentIds_onRepeatedUnsafeValues() {
    // Arrange
    String unsafe = "not safe";

    // Act
    String first = RequestId.acceptOrGenerate(unsafe);
    String second = RequestId.acceptOrGenerate(unsafe);

    // Assert
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void current_returnsNotAvailable_outsideRequest() {
    // Arrange: no request is being served on this thread

    // Act
    String id = RequestId.current();

    // Assert
    assertThat(id).isEqualTo("not available").isEqualTo(RequestId.NOT_AVAILABLE);
  }
}
