package com.clicknback.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a calendar date as the API reads it ({@link com.clicknback.shared.web.Dates#parse}:
 * {@code YYYY-MM-DD} or a midnight date-time); null counts as valid.
 */
@Documented
@Constraint(validatedBy = LocalDateFormatValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface LocalDateFormat {
  String message() default "Input should be a valid date in the format YYYY-MM-DD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
