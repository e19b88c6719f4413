package com.clicknback.shared.errors;

import com.clicknback.shared.web.JsonbProvider;
import com.clicknback.shared.web.RequestId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Errors raised outside JAX-RS (an unknown path such as {@code /nope}, a wrong method on {@code
 * /docs}, a failure in a filter) are answered with the standard envelope, never the container's
 * HTML page. Registered as the application's default error page.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/_error";
  static final String MALFORMED_URI = "CWWWC0005I";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = statusAttribute instanceof Integer s ? s : HttpServletResponse.SC_NOT_FOUND;
    if (isMissingFile(failure)) {
      // The container's static-file servlet reports an unknown path by throwing.
      failure = null;
      status = HttpServletResponse.SC_NOT_FOUND;
    }
    if (isMalformedUri(failure)) {
      // The container refused an encoded '/', '\\' or '.' in the path: the client's mistake.
      failure = null;
      status = HttpServletResponse.SC_BAD_REQUEST;
    }
    Object body;
    if (failure instanceof Throwable t) {
      UnexpectedErrors.log(t, RequestId.current());
    }
    if (failure != null || status >= 500) {
      status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
      body = ErrorResponses.internalError(RequestId.current(), LocalDateTime.now());
    } else if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
      body = ErrorResponses.methodNotAllowedEnvelope(java.util.List.of());
    } else if (status == HttpServletResponse.SC_NOT_FOUND || statusAttribute == null) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      body =
          ErrorResponses.notFoundEnvelope(uri == null ? request.getRequestURI() : uri.toString());
      status = HttpServletResponse.SC_NOT_FOUND;
    } else {
      body = ErrorResponses.badRequestEnvelope();
    }
    response.setStatus(status);
    response.setHeader(RequestId.HEADER, RequestId.current());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JsonbProvider.jsonb().toJson(body));
  }

  /** Liberty's CWWWC0005I: "The request URI has invalid or improperly encoded characters". */
  static boolean isMalformedUri(Object failure) {
    return Causes.any(
        failure instanceof Throwable t ? t : null,
        t ->
            t instanceof IOException
                && t.getMessage() != null
                && t.getMessage().contains(MALFORMED_URI));
  }

  private static boolean isMissingFile(Object failure) {
    return Causes.any(
        failure instanceof Throwable t ? t : null, FileNotFoundException.class::isInstance);
  }
}
