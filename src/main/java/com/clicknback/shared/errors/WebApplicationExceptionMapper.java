package com.clicknback.shared.errors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Framework-level failures (unknown path, wrong method, unsupported media type) in the standard
 * envelope instead of the runtime's default pages (spec 99 D3).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception instanceof NotFoundException) {
      return notFound(path());
    }
    if (exception instanceof NotAllowedException) {
      return methodNotAllowed(exception.getResponse().getAllowedMethods());
    }
    if (exception instanceof NotSupportedException) {
      return ErrorResponses.of(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json.", Map.of());
    }
    if (exception instanceof NotAcceptableException) {
      return ErrorResponses.of(
          ErrorCode.NOT_ACCEPTABLE, "This endpoint only produces application/json.", Map.of());
    }
    if (exception.getResponse().getStatus() < 500) {
      return ErrorResponses.of(ErrorCode.BAD_REQUEST, ErrorResponses.badRequestEnvelope());
    }
    return UnexpectedErrors.respond(exception);
  }

  private static Response notFound(String path) {
    return ErrorResponses.of(ErrorCode.NOT_FOUND, ErrorResponses.notFoundEnvelope(path));
  }

  private static Response methodNotAllowed(Set<String> allowed) {
    TreeSet<String> methods = new TreeSet<>(allowed);
    Response envelope =
        ErrorResponses.of(
            ErrorCode.METHOD_NOT_ALLOWED,
            ErrorResponses.methodNotAllowedEnvelope(List.copyOf(methods)));
    return Response.fromResponse(envelope)
        .header(HttpHeaders.ALLOW, String.join(", ", methods))
        .build();
  }

  private String path() {
    return uriInfo == null ? "" : uriInfo.getRequestUri().getRawPath();
  }
}
