package com.clicknback.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is an email address {@link EmailAddress} accepts; null counts as valid. */
@Documented
@Constraint(validatedBy = EmailAddressFormatValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddressFormat {
  String message() default "value is not a valid email address";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
