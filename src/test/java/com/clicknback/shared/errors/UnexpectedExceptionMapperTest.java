package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void toResponse_answersGeneric500WithoutInternals_onFailureCarryingSql() {
    // Arrange
    RuntimeException exception =
        new IllegalStateException(
            "could not execute query",
            new SQLException(
                "ERROR: relation \"userz\" does not exist: SELECT * FROM users WHERE email ="
                    + " 'alice@example.com'"));

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    String body = JsonbProvider.jsonb().toJson(response.getEntity());
    assertThat(body)
        .contains("INTERNAL_SERVER_ERROR", "request_id", "timestamp")
        .doesNotContain(
            "could not execute", "SELECT", "users", "userz", "alice", "IllegalState", "SQL");
  }

  @Test
  void toResponse_answersGeneric500_onError() {
    // Arrange
    Throwable error = new StackOverflowError();

    // Act
    Response response = mapper.toResponse(error);

    // Assert
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(((ErrorEnvelope) response.getEntity()).error().code())
        .isEqualTo("INTERNAL_SERVER_ERROR");
  }
}
