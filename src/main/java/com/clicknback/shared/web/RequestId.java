package com.clicknback.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread (spec 99 D4): echoed from a sane {@code
 * X-Request-ID} header or generated, and written on every log line about the request.
 */
public final class RequestId {

  public static final String HEADER = "X-Request-ID";
  public static final String NOT_AVAILABLE = "not available";
  static final String ATTRIBUTE = RequestId.class.getName();

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** The client's id when it is a short token of safe characters, else a new random one. */
  public static String acceptOrGenerate(String clientValue) {
    if (clientValue != null && SANE.matcher(clientValue).matches()) {
      return clientValue;
    }
    return UUID.randomUUID().toString();
  }

  /** The id of the current request, or {@value #NOT_AVAILABLE} outside of one. */
  public static String current() {
    String id = CURRENT.get();
    return id == null ? NOT_AVAILABLE : id;
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }
}
