package com.clicknback.shared.validation;

import com.clicknback.shared.web.Dates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts what {@link Dates#parse} accepts. */
public class LocalDateFormatValidator implements ConstraintValidator<LocalDateFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Dates.parse(value).isPresent();
  }
}
