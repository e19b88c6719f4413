package com.clicknback.shared.web;

import com.clicknback.shared.logging.AppLoggers;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request an id ({@code X-Request-ID} on the response) and writes one log line per
 * request with method, path, status, duration and that id. Never logs bodies, query strings,
 * headers or tokens.
 */
public class RequestTracingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = AppLoggers.get("com.clicknback.access");
  private static final String START_ATTRIBUTE = RequestTracingFilter.class.getName() + ".start";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR
        && request.getAttribute(RequestId.ATTRIBUTE) instanceof String id) {
      // The error page of a request whose handler threw: same id, and the log line is written
      // here, once the error page has set the final status.
      trace(request, response, chain, id);
      return;
    }
    String id = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
    request.setAttribute(RequestId.ATTRIBUTE, id);
    request.setAttribute(START_ATTRIBUTE, System.nanoTime());
    response.setHeader(RequestId.HEADER, id);
    trace(request, response, chain, id);
  }

  private static void trace(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id)
      throws IOException, ServletException {
    RequestId.set(id);
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      RequestId.clear();
      if (!failed) {
        log(request, response, id);
      }
    }
  }

  private static void log(HttpServletRequest request, HttpServletResponse response, String id) {
    long millis =
        request.getAttribute(START_ATTRIBUTE) instanceof Long start
            ? (System.nanoTime() - start) / 1_000_000
            : -1;
    LOG.log(
        Level.INFO,
        "{0} {1} {2} {3}ms request_id={4}",
        new Object[] {
          request.getMethod(),
          request.getRequestURI(),
          String.valueOf(response.getStatus()),
          String.valueOf(millis),
          id
        });
  }
}
