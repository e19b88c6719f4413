package com.clicknback.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports why an email address was refused, in the words of {@link EmailAddress}. */
public class EmailAddressFormatValidator
    implements ConstraintValidator<EmailAddressFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      EmailAddress.normalize(value);
      return true;
    } catch (EmailAddress.InvalidEmailException e) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(escape(e.getMessage())).addConstraintViolation();
      return false;
    }
  }

  /** Message templates treat braces, dollars and backslashes specially. */
  private static String escape(String message) {
    return message
        .replace("\\", "\\\\")
        .replace("{", "\\{")
        .replace("}", "\\}")
        .replace("$", "\\$");
  }
}
