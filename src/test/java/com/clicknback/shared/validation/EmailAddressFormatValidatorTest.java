package com.clicknback.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressFormatValidatorTest {

  record Form(@EmailAddressFormat String email) {}

  @Test
  void validate_findsNoViolation_onNullEmail() {
    // Arrange
    Form form = new Form(null);

    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(form);

    // Assert
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"New.User@Example.COM", "Name <a@b.com>", "${x}@example.com"})
  void validate_findsNoViolation_onValidEmail(String email) {
    // Arrange
    Form form = new Form(email);

    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(form);

    // Assert
    assertThat(violations).isEmpty();
  }

  @Test
  void validate_reportsTheEmailAddressReason_onMissingAtSign() {
    // Arrange
    Form form = new Form("plain.example.com");

    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(form);

    // Assert
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath()).hasToString("email");
              assertThat(v.getMessage())
                  .isEqualTo(
                      "value is not a valid email address: An email address must have an @-sign.");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"a{b}@x", "${'x'}@nodot", "#{1+1}@nodot", "{{x}}$@nodot"})
  void validate_reportsSaneMessage_onTemplateCharactersInRefusedEmail(String email) {
    // Arrange
    Form form = new Form(email);

    // Act
    Set<ConstraintViolation<Form>> violations = TestValidation.validate(form);

    // Assert
    assertThat(violations)
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo(
            "value is not a valid email address: The part after the @-sign is not valid."
                + " It should have a period.");
  }
}
