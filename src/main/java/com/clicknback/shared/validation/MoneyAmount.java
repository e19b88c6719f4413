package com.clicknback.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client's money amount ({@link com.clicknback.shared.web.Money.Input}): above 0, at most 2
 * fractional digits, below 10^10; the reason names the rule broken. Null counts as valid.
 */
@Documented
@Constraint(validatedBy = MoneyAmountValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface MoneyAmount {
  String message() default "Input should be a valid decimal";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
