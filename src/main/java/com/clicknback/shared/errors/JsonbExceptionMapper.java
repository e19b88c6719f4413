package com.clicknback.shared.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B failures that escape everything else (a response that cannot be written): the runtime
 * would otherwise pass them to the servlet container rather than to the generic mapper. Unreadable
 * request bodies never get here; {@code RequestBodyInterceptor} turns them into 422s.
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return UnexpectedErrors.respond(exception);
  }
}
