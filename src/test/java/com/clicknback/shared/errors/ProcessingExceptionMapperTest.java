package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProcessingExceptionMapperTest {

  public record Purchase(String externalId, int amount) {}

  private final ProcessingExceptionMapper mapper = new ProcessingExceptionMapper();

  @BeforeAll
  static void installJaxRs() {
    FakeJaxRsRuntime.install();
  }

  private static ProcessingException readingFailure(String body) {
    return new ProcessingException(
        catchThrowable(() -> JsonbProvider.jsonb().fromJson(body, Purchase.class)));
  }

  private static ErrorEnvelope.Error errorOf(Response response) {
    return ((ErrorEnvelope) response.getEntity()).error();
  }

  @Test
  void toResponse_answers422DecodeError_onMalformedJsonBody() {
    // Arrange
    ProcessingException exception = readingFailure("{\"external_id\": }");

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(errorOf(response))
        .isEqualTo(
            new ErrorEnvelope.Error(
                "VALIDATION_ERROR",
                "Request validation failed.",
                Map.of("violations", List.of(new Violation("16", "JSON decode error")))));
  }

  @Test
  void toResponse_answers422WrongType_onValueOfWrongType() {
    // Arrange
    ProcessingException exception = readingFailure("{\"amount\": {\"value\": 1}}");

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(errorOf(response).details())
        .isEqualTo(
            Map.of("violations", List.of(new Violation("amount", "Input has the wrong type"))));
  }

  @Test
  void toResponse_answersGeneric500_onProcessingFailureUnrelatedToJson() {
    // Arrange
    ProcessingException exception =
        new ProcessingException("no MessageBodyReader", new IOException("stream closed"));

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(errorOf(response).code()).isEqualTo("INTERNAL_SERVER_ERROR");
  }
}
