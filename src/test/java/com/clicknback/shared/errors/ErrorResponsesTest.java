package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 21, 56, 30, 690_601_000);

  private static ErrorEnvelope.Error errorOf(Response response) {
    return ((ErrorEnvelope) response.getEntity()).error();
  }

  @ParameterizedTest
  @CsvSource({
    "VALIDATION_ERROR, VALIDATION_ERROR, 422",
    "BUSINESS_VALIDATION_ERROR, VALIDATION_ERROR, 400",
    "NOT_FOUND, NOT_FOUND, 404",
    "METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, 405",
    "UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE, 415",
    "NOT_ACCEPTABLE, NOT_ACCEPTABLE, 406",
    "BAD_REQUEST, BAD_REQUEST, 400",
    "INTERNAL_SERVER_ERROR, INTERNAL_SERVER_ERROR, 500"
  })
  void of_answersWithStatusAndWireCode_onEachErrorCode(
      ErrorCode code, String wireCode, int status) {
    // Arrange
    Map<String, Object> details = Map.of("key", "value");

    // Act
    Response response = ErrorResponses.of(code, "Something happened.", details);

    // Assert
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    assertThat(errorOf(response))
        .isEqualTo(new ErrorEnvelope.Error(wireCode, "Something happened.", details));
  }

  @Test
  void of_usesCodeMessageAndDetails_onApiException() {
    // Arrange
    ApiException exception =
        new ApiException(
            ErrorCode.NOT_FOUND,
            "Merchant with ID 'm-1' does not exist.",
            Map.of("resource_type", "merchant", "resource_id", "m-1"));

    // Act
    Response response = ErrorResponses.of(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(errorOf(response))
        .isEqualTo(
            new ErrorEnvelope.Error(
                "NOT_FOUND",
                "Merchant with ID 'm-1' does not exist.",
                Map.of("resource_type", "merchant", "resource_id", "m-1")));
  }

  @Test
  void requestValidation_answers422ListingViolations_onViolations() {
    // Arrange
    List<Violation> violations =
        List.of(new Violation("email", "Field required"), new Violation("limit", "Too big"));

    // Act
    Response response = ErrorResponses.requestValidation(violations);

    // Assert
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(errorOf(response))
        .isEqualTo(
            new ErrorEnvelope.Error(
                "VALIDATION_ERROR",
                "Request validation failed.",
                Map.of("violations", violations)));
  }

  @Test
  void internalError_hasFixedMessageRequestIdAndMicrosecondTimestamp_onUnexpectedFailure() {
    // Arrange
    String requestId = "req-123";

    // Act
    ErrorEnvelope envelope = ErrorResponses.internalError(requestId, NOW);

    // Assert
    assertThat(envelope.error().code()).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(envelope.error().message())
        .isEqualTo("An unexpected error occurred. Our team has been notified. Please retry later.");
    assertThat(envelope.error().details())
        .containsExactly(
            Map.entry("request_id", "req-123"),
            Map.entry("timestamp", "2026-11-24T21:56:30.690601"));
  }

  @Test
  void internalError_saysNotAvailable_onMissingRequestId() {
    // Arrange
    String requestId = null;

    // Act
    ErrorEnvelope envelope = ErrorResponses.internalError(requestId, NOW);

    // Assert
    assertThat(envelope.error().details()).containsEntry("request_id", "not available");
  }

  @Test
  void notFoundEnvelope_namesPath_onUnknownPath() {
    // Arrange
    String path = "/api/v1/nope";

    // Act
    ErrorEnvelope envelope = ErrorResponses.notFoundEnvelope(path);

    // Assert
    assertThat(envelope.error().code()).isEqualTo("NOT_FOUND");
    assertThat(envelope.error().details()).isEqualTo(Map.of("path", "/api/v1/nope"));
  }

  @Test
  void notFoundEnvelope_givesEmptyPath_onUnknownPathValue() {
    // Arrange
    String path = null;

    // Act
    ErrorEnvelope envelope = ErrorResponses.notFoundEnvelope(path);

    // Assert
    assertThat(envelope.error().details()).isEqualTo(Map.of("path", ""));
  }

  @Test
  void methodNotAllowedEnvelope_hasEmptyDetails_onUnknownAllowedMethods() {
    // Arrange
    List<String> allowed = List.of();

    // Act
    ErrorEnvelope envelope = ErrorResponses.methodNotAllowedEnvelope(allowed);

    // Assert
    assertThat(envelope.error().code()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(envelope.error().details()).isEmpty();
  }

  @Test
  void badRequestEnvelope_hasBadRequestCodeAndEmptyDetails_onUnreadableRequest() {
    // Arrange: nothing to add

    // Act
    ErrorEnvelope envelope = ErrorResponses.badRequestEnvelope();

    // Assert
    assertThat(envelope.error().code()).isEqualTo("BAD_REQUEST");
    assertThat(envelope.error().details()).isEmpty();
  }
}
