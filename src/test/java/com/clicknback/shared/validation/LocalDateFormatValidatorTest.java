package com.clicknback.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDateFormatValidatorTest {

  record Form(@LocalDateFormat String day) {}

  @ParameterizedTest
  @ValueSource(strings = {"2026-05-01", "2026-05-01T00:00:00Z", "2026-05-01T00:00:00+02:00"})
  void validate_findsNoViolation_onDateOrMidnightDateTime(String day) {
    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(new Form(day));

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
  @ValueSource(strings = {"", "tomorrow", "2026-02-30", "01/05/2026", "2026-05-01T10:00:00Z"})
  void validate_reportsInvalidDate_onOtherText(String day) {
    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(new Form(day));

    // Assert
    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("Input should be a valid date in the format YYYY-MM-DD");
  }
}
