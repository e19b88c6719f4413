package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintViolationExceptionMapperTest {

  public record RegisterRequest(@NotBlank String email, @NotBlank String password) {}

  public static class UsersResource {
    @POST
    public void register(
        @QueryParam("limit") @Min(1) Integer limit, @Valid @NotNull RegisterRequest body) {}
  }

  private final ConstraintViolationExceptionMapper mapper =
      new ConstraintViolationExceptionMapper();

  private static ConstraintViolationException violationsOf(Object... arguments)
      throws NoSuchMethodException {
    Set<ConstraintViolation<UsersResource>> violations =
        Validation.buildDefaultValidatorFactory()
            .getValidator()
            .forExecutables()
            .validateParameters(
                new UsersResource(),
                UsersResource.class.getMethod("register", Integer.class, RegisterRequest.class),
                arguments);
    return new ConstraintViolationException(violations);
  }

  @Test
  void toResponse_answers422ListingEveryViolationInOrder_onInvalidRequest() throws Exception {
    // Arrange
    ConstraintViolationException exception = violationsOf(0, new RegisterRequest(null, ""));

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(((ErrorEnvelope) response.getEntity()).error())
        .isEqualTo(
            new ErrorEnvelope.Error(
                "VALIDATION_ERROR",
                "Request validation failed.",
                Map.of(
                    "violations",
                    List.of(
                        new Violation("limit", "Input should be greater than or equal to 1"),
                        new Violation("email", "Field required"),
                        new Violation("password", "Field required")))));
  }

  @Test
  void toResponse_namesBody_onMissingBody() throws Exception {
    // Arrange
    ConstraintViolationException exception = violationsOf(1, null);

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(((ErrorEnvelope) response.getEntity()).error().details())
        .isEqualTo(Map.of("violations", List.of(new Violation("body", "Field required"))));
  }
}
