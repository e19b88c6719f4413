package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExceptionMapperTest {

  private final ApiExceptionMapper mapper = new ApiExceptionMapper();

  @Test
  void toResponse_answersWithCodeStatusMessageAndDetails_onApiException() {
    // Arrange
    ApiException exception =
        new ApiException(
            ErrorCode.NOT_FOUND,
            "Offer with ID 'o-1' does not exist.",
            Map.of("resource_type", "offer", "resource_id", "o-1"));

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(((ErrorEnvelope) response.getEntity()).error())
        .isEqualTo(
            new ErrorEnvelope.Error(
                "NOT_FOUND",
                "Offer with ID 'o-1' does not exist.",
                Map.of("resource_type", "offer", "resource_id", "o-1")));
  }

  @Test
  void toResponse_answers400WithValidationErrorCode_onBusinessValidationError() {
    // Arrange
    ApiException exception =
        new ApiException(
            ErrorCode.BUSINESS_VALIDATION_ERROR,
            "Validation failed for request body.",
            Map.of("violations", List.of(new Violation("end_date", "must be after start_date"))));

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((ErrorEnvelope) response.getEntity()).error().code()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void toResponse_answersEmptyDetails_onApiExceptionWithoutDetails() {
    // Arrange
    ApiException exception = new ApiException(ErrorCode.BAD_REQUEST, "Nope.", null);

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(((ErrorEnvelope) response.getEntity()).error().details()).isEmpty();
  }

  @Test
  void toResponse_writesNullDetailsInOrder_onDetailsWithNulls() {
    // Arrange
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", "k");
    details.put("scope_type", "global");
    details.put("scope_id", null);
    ApiException exception =
        new ApiException(ErrorCode.FEATURE_FLAG_NOT_FOUND, "Missing.", details);

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(JsonbProvider.jsonb().toJson(response.getEntity()))
        .isEqualTo(
            "{\"error\":{\"code\":\"FEATURE_FLAG_NOT_FOUND\",\"message\":\"Missing.\","
                + "\"details\":{\"key\":\"k\",\"scope_type\":\"global\",\"scope_id\":null}}}");
  }
}
