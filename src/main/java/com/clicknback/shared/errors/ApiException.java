package com.clicknback.shared.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A handled error: becomes the standard envelope with the given code, message and details. Features
 * throw it (or a subclass) for every failure a client can act on. Details keep their order and may
 * hold nulls (written as JSON {@code null}).
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final transient Map<String, Object> details;

  public ApiException(ErrorCode errorCode, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.errorCode = errorCode;
    this.details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public ApiException(ErrorCode errorCode, String message) {
    this(errorCode, message, Map.of());
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  public Map<String, Object> details() {
    return details;
  }
}
