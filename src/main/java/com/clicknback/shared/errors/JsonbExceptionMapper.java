package com.clicknback.shared.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A request body that JSON-B could not read (malformed JSON or a wrong type) is a 422. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return JsonBodyErrors.violationFor(exception)
        .map(violation -> ErrorResponses.requestValidation(List.of(violation)))
        .orElseGet(() -> UnexpectedErrors.respond(exception));
  }
}
