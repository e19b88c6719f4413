package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 21, 56, 30, 690_601_000);

  private static final String INTERNAL_MESSAGE =
      "An unexpected error occurred. Our team has been notified. Please retry later.";

  @Test
  void of_givesEmptyDetails_onNullDetails() {
    // Arrange
    Map<String, Object> details = null;

    // Act
    ErrorEnvelope envelope = ErrorEnvelope.of(ErrorCode.BAD_REQUEST, "Bad.", details);

    // Assert
    assertThat(envelope.error().details()).isNotNull().isEmpty();
  }

  @Test
  void toJson_writesEnvelopeShape_onInternalError() {
    // Arrange
    ErrorEnvelope envelope = ErrorResponses.internalError("req-123", NOW);

    // Act
    String json = JsonbProvider.jsonb().toJson(envelope);

    // Assert
    JsonObject root = Json.createReader(new StringReader(json)).readObject();
    assertThat(root.keySet()).containsExactly("error");
    JsonObject error = root.getJsonObject("error");
    assertThat(error.keySet()).containsExactlyInAnyOrder("code", "message", "details");
    assertThat(error.getString("code")).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(error.getString("message")).isEqualTo(INTERNAL_MESSAGE);
    assertThat(error.getJsonObject("details").getString("request_id")).isEqualTo("req-123");
    assertThat(error.getJsonObject("details").getString("timestamp"))
        .isEqualTo("2026-11-24T21:56:30.690601");
  }

  @Test
  void toJson_writesViolationsAsFieldAndReason_onValidationError() {
    // Arrange
    ErrorEnvelope envelope =
        ErrorEnvelope.of(
            ErrorCode.VALIDATION_ERROR,
            "Request validation failed.",
            Map.of("violations", List.of(new Violation("items.0.unit_price", "Field required"))));

    // Act
    String json = JsonbProvider.jsonb().toJson(envelope);

    // Assert
    JsonObject details =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("error")
            .getJsonObject("details");
    assertThat(details.getJsonArray("violations"))
        .singleElement()
        .isEqualTo(
            Json.createObjectBuilder()
                .add("field", "items.0.unit_price")
                .add("reason", "Field required")
                .build());
  }

  @Test
  void toJson_writesCodeMessageDetailsInThatOrder_onInternalError() {
    // Arrange
    ErrorEnvelope envelope = ErrorResponses.internalError("req-123", NOW);

    // Act
    String json = JsonbProvider.jsonb().toJson(envelope);

    // Assert
    assertThat(json)
        .isEqualTo(
            "{\"error\":{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\""
                + INTERNAL_MESSAGE
                + "\",\"details\":{\"request_id\":\"req-123\","
                + "\"timestamp\":\"2026-11-24T21:56:30.690601\"}}}");
  }

  @Test
  void toJson_writesFieldBeforeReason_onViolation() {
    // Arrange
    Violation violation = new Violation("email", "Field required");

    // Act
    String json = JsonbProvider.jsonb().toJson(violation);

    // Assert
    assertThat(json).isEqualTo("{\"field\":\"email\",\"reason\":\"Field required\"}");
  }
}
