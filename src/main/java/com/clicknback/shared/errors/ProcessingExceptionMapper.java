package com.clicknback.shared.errors;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body the JSON reader rejected is a 422; any other processing failure is unexpected. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return JsonBodyErrors.violationFor(exception)
        .map(violation -> ErrorResponses.requestValidation(List.of(violation)))
        .orElseGet(() -> UnexpectedErrors.respond(exception));
  }
}
