package com.clicknback.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a UUID in any standard spelling ({@link com.clicknback.shared.web.Uuids#parse}); null
 * counts as valid.
 */
@Documented
@Constraint(validatedBy = UuidFormatValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface UuidFormat {
  String message() default "Input should be a valid UUID";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
