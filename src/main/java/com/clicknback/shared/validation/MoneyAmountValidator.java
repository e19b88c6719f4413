package com.clicknback.shared.validation;

import com.clicknback.shared.web.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks a client's amount with {@link Money#amountViolation}, reporting its reason. */
public class MoneyAmountValidator implements ConstraintValidator<MoneyAmount, Money.Input> {

  @Override
  public boolean isValid(Money.Input value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> violation = Money.amountViolation(value);
    if (violation.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(violation.get().replace("{", "\\{"))
        .addConstraintViolation();
    return false;
  }
}
