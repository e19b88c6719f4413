package com.clicknback.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidFormatValidatorTest {

  record Form(@UuidFormat String id) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51",
        "3F2B6A8E-6C1D-4E0A-9A57-2C8B2D3F4E51",
        "3f2b6a8e6c1d4e0a9a572c8b2d3f4e51",
        "{3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51}"
      })
  void validate_findsNoViolation_onStandardSpelling(String id) {
    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(new Form(id));

    // Assert
    assertThat(violations).isEmpty();
  }

  @Test
  void validate_findsNoViolation_onNull() {
    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(new Form(null));

    // Assert
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-uuid", "3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e5", "12345"})
  void validate_reportsInvalidUuid_onOtherText(String id) {
    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(new Form(id));

    // Assert
    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("Input should be a valid UUID");
  }
}
