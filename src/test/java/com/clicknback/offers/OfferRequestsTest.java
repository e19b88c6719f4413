package com.clicknback.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.errors.ViolationFields;
import com.clicknback.shared.validation.TestValidation;
import com.clicknback.shared.web.JsonbProvider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferRequestsTest {

  private static OfferRequests.Create read(String json) {
    return JsonbProvider.jsonb().fromJson(json, OfferRequests.Create.class);
  }

  /** Stands for the resource method: bodies are validated as its parameter, as at runtime. */
  static class Endpoint {
    public void create(@NotNull @Valid OfferRequests.Create request) {}
  }

  private static List<Violation> violations(OfferRequests.Create request) {
    try {
      Method create = Endpoint.class.getMethod("create", OfferRequests.Create.class);
      return ViolationFields.describe(
          TestValidation.validateParameters(new Endpoint(), create, request));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void toDraft_normalisesIdAndParsesDatesAndNumbers_onLenientButValidBody() {
    // Arrange
    OfferRequests.Create request =
        read(
            "{\"merchant_id\":\"3F2B6A8E6C1D4E0A9A572C8B2D3F4E51\",\"cashback_type\":\"fixed\","
                + "\"cashback_value\":\"2.5\",\"start_date\":\"2026-05-01T00:00:00Z\","
                + "\"end_date\":\"2026-05-31\",\"monthly_cap\":40}");

    // Act
    OfferDraft draft = request.toDraft();

    // Assert
    assertThat(violations(request)).isEmpty();
    assertThat(draft)
        .isEqualTo(
            new OfferDraft(
                UUID.fromString("3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51"),
                true,
                2.5,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31),
                40));
  }

  @Test
  void validate_listsEveryMissingFieldInDeclarationOrder_onEmptyBody() {
    // Act
    List<Violation> violations = violations(read("{}"));

    // Assert
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly(
            "merchant_id",
            "cashback_type",
            "cashback_value",
            "start_date",
            "end_date",
            "monthly_cap");
    assertThat(violations).extracting(Violation::reason).containsOnly("Field required");
  }

  @Test
  void validate_listsEveryMalformedField_onBadIdTypeAndDates() {
    // Act
    List<Violation> violations =
        violations(
            read(
                "{\"merchant_id\":\"nope\",\"cashback_type\":\"Percent\",\"cashback_value\":5,"
                    + "\"start_date\":\"2026-13-01\",\"end_date\":\"2026-05-01T12:00:00Z\","
                    + "\"monthly_cap\":10}"));

    // Assert
    assertThat(violations)
        .containsExactly(
            new Violation("merchant_id", "Input should be a valid UUID"),
            new Violation("cashback_type", "Input should be 'percent' or 'fixed'"),
            new Violation("start_date", "Input should be a valid date in the format YYYY-MM-DD"),
            new Violation("end_date", "Input should be a valid date in the format YYYY-MM-DD"));
  }
}
