package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyErrorsTest {

  public record LineItem(String sku, int unitPrice) {}

  /** What the application's JSON-B throws when reading this body as the given type. */
  private static Throwable readFailure(String body, Class<?> type) {
    Throwable failure = catchThrowable(() -> JsonbProvider.jsonb().fromJson(body, type));
    assertThat(failure).as("reading %s should fail", body).isNotNull();
    return failure;
  }

  /** The offset the JSON parser itself reports, found without the code under test. */
  private static long parserOffset(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        return parsing.getLocation().getStreamOffset();
      }
    }
    throw new AssertionError("no JsonParsingException in " + failure);
  }

  @Test
  void violationFor_reportsCharacterOffset_onMalformedJson() {
    // Arrange
    String body = "{\"a\": }";
    Throwable failure = readFailure(body, Map.class);

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(parserOffset(failure)).isEqualTo(body.indexOf('}'));
    assertThat(violation)
        .contains(new Violation(String.valueOf(body.indexOf('}')), "JSON decode error"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "x",
        "{\"sku\": \"A\",}",
        "{\"sku\": \"A\"",
        "{\"sku\" \"A\"}",
        "{\"sku\": tru}"
      })
  void violationFor_reportsParserOffset_onEachMalformedBody(String body) {
    // Arrange
    Throwable failure = readFailure(body, LineItem.class);

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(violation)
        .contains(new Violation(String.valueOf(parserOffset(failure)), "JSON decode error"));
  }

  static Stream<Named<UnaryOperator<Throwable>>> runtimeWrappers() {
    return Stream.of(
        Named.of("ProcessingException", ProcessingException::new),
        Named.of("BadRequestException", BadRequestException::new),
        Named.of(
            "BadRequestException around ProcessingException",
            cause -> new BadRequestException(new ProcessingException(cause))));
  }

  @ParameterizedTest
  @MethodSource("runtimeWrappers")
  void violationFor_findsParseError_onWrappedByRuntime(UnaryOperator<Throwable> wrap) {
    // Arrange
    Throwable parseFailure = readFailure("{\"a\": }", Map.class);
    Throwable wrapped = wrap.apply(parseFailure);

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(wrapped);

    // Assert
    assertThat(violation)
        .contains(new Violation(String.valueOf(parserOffset(parseFailure)), "JSON decode error"));
  }

  @Test
  void violationFor_namesJsonProperty_onObjectWhereNumberExpected() {
    // Arrange
    Throwable failure = readFailure("{\"sku\": \"A\", \"unit_price\": {}}", LineItem.class);

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(violation).contains(new Violation("unit_price", "Input has the wrong type"));
  }

  @ParameterizedTest
  @MethodSource("runtimeWrappers")
  void violationFor_findsWrongType_onWrappedByRuntime(UnaryOperator<Throwable> wrap) {
    // Arrange
    Throwable failure = wrap.apply(readFailure("{\"unit_price\": \"ten\"}", LineItem.class));

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(violation).contains(new Violation("unit_price", "Input has the wrong type"));
  }

  @Test
  void violationFor_namesBody_onArrayWhereObjectExpected() {
    // Arrange
    Throwable failure = readFailure("[1, 2]", LineItem.class);

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(violation).contains(new Violation("body", "Input has the wrong type"));
  }

  static Stream<Named<Throwable>> unrelatedFailures() {
    return Stream.of(
        Named.of("RuntimeException", new RuntimeException("boom")),
        Named.of("IllegalStateException with cause", new IllegalStateException(new IOException())),
        Named.of("ProcessingException without cause", new ProcessingException("no reader")),
        Named.of("null", null));
  }

  @ParameterizedTest
  @MethodSource("unrelatedFailures")
  void violationFor_returnsEmpty_onFailureUnrelatedToJson(Throwable failure) {
    // Arrange: a failure that does not come from reading JSON

    // Act
    Optional<Violation> violation = JsonBodyErrors.violationFor(failure);

    // Assert
    assertThat(violation).isEmpty();
  }
}
