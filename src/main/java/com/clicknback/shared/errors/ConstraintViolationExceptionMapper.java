package com.clicknback.shared.errors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures on request parameters and bodies: 422 listing every violation. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return ErrorResponses.requestValidation(
        ViolationFields.describe(exception.getConstraintViolations()));
  }
}
