package com.clicknback.shared.validation;

import com.clicknback.shared.web.Uuids;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts what {@link Uuids#parse} accepts. */
public class UuidFormatValidator implements ConstraintValidator<UuidFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Uuids.parse(value).isPresent();
  }
}
