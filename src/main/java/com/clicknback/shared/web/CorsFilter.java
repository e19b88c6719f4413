package com.clicknback.shared.web;

import com.clicknback.shared.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Applies the {@link CorsPolicy} to every request of the application: answers preflights itself and
 * adds the allow headers to responses (errors included) for allowed origins only.
 */
public class CorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient Settings settings;
  private transient volatile CorsPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CorsPolicy policy = policy();
    String origin = request.getHeader("Origin");
    if (origin != null) {
      response.addHeader("Vary", "Origin");
    }
    if (CorsPolicy.isPreflight(
        request.getMethod(), origin, request.getHeader("Access-Control-Request-Method"))) {
      answerPreflight(policy, request, response, origin);
      return;
    }
    if (policy.allows(origin)) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Allow-Credentials", "true");
      response.setHeader("Access-Control-Expose-Headers", RequestId.HEADER);
    }
    chain.doFilter(request, response);
  }

  /** Built once from the settings, not on every request. */
  private CorsPolicy policy() {
    CorsPolicy current = policy;
    if (current == null) {
      current = settings.corsPolicy();
      policy = current;
    }
    return current;
  }

  private static void answerPreflight(
      CorsPolicy policy, HttpServletRequest request, HttpServletResponse response, String origin)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if (!policy.allows(origin)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.getOutputStream().write("Disallowed CORS origin".getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Credentials", "true");
    response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
    response.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS);
    String requestedHeaders = request.getHeader("Access-Control-Request-Headers");
    if (requestedHeaders != null && !requestedHeaders.isBlank()) {
      response.setHeader("Access-Control-Allow-Headers", requestedHeaders);
    }
    response.getOutputStream().write("OK".getBytes(StandardCharsets.UTF_8));
  }
}
