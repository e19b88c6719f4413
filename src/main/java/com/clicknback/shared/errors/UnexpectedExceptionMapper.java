package com.clicknback.shared.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Last resort: anything no other mapper handles becomes the generic 500 envelope. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    return UnexpectedErrors.respond(exception);
  }
}
