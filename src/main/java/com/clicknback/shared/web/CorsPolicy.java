package com.clicknback.shared.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which browser origins may call the API (spec 00 §9, 99 D7): exact matches from an allow-list, or
 * full matches of an optional development regex. Never a wildcard.
 */
public final class CorsPolicy {

  public static final String ALLOWED_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
  public static final String MAX_AGE_SECONDS = "600";

  private final Set<String> allowedOrigins;
  private final Optional<Pattern> originPattern;

  public CorsPolicy(List<String> allowedOrigins, Optional<Pattern> originPattern) {
    if (allowedOrigins.contains("*")) {
      throw new IllegalArgumentException("CORS origins must be listed; '*' is not allowed");
    }
    this.allowedOrigins = Set.copyOf(allowedOrigins);
    this.originPattern = originPattern;
  }

  /** True when a request from this {@code Origin} may read the response. */
  public boolean allows(String origin) {
    if (origin == null || origin.isEmpty()) {
      return false;
    }
    return allowedOrigins.contains(origin)
        || originPattern.map(p -> p.matcher(origin).matches()).orElse(false);
  }

  /** A CORS preflight: OPTIONS with an Origin and the method the browser wants to use. */
  public static boolean isPreflight(String method, String origin, String requestedMethod) {
    return "OPTIONS".equalsIgnoreCase(method) && origin != null && requestedMethod != null;
  }
}
