package com.clicknback.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.Set;

/** One Bean Validation validator for unit tests, built once (Hibernate Validator). */
public final class TestValidation {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private TestValidation() {}

  /** The violations of a bean and everything it cascades to. */
  public static <T> Set<ConstraintViolation<T>> validate(T bean) {
    return VALIDATOR.validate(bean);
  }

  /** The violations of a call's arguments, as the runtime checks a resource method's. */
  public static <T> Set<ConstraintViolation<T>> validateParameters(
      T resource, Method method, Object... arguments) {
    return VALIDATOR.forExecutables().validateParameters(resource, method, arguments);
  }
}
