package com.clicknback.shared.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Handled errors thrown by features become their envelope. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

  @Override
  public Response toResponse(ApiException exception) {
    return ErrorResponses.of(exception);
  }
}
