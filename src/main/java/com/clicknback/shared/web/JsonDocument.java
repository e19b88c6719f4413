package com.clicknback.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body rendered to JSON ahead of time, with the API's own JSON-B configuration ({@link
 * JsonbProvider}), and written as is by {@link JsonDocumentWriter}. For answers that many requests
 * share (a cached page), so that each request copies bytes instead of serialising again.
 */
public final class JsonDocument {

  private final byte[] utf8;

  private JsonDocument(byte[] utf8) {
    this.utf8 = utf8;
  }

  /** The value as the API would write it. */
  public static JsonDocument of(Object value) {
    return new JsonDocument(JsonbProvider.jsonb().toJson(value).getBytes(StandardCharsets.UTF_8));
  }

  /** Length of the body in bytes. */
  public int length() {
    return utf8.length;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(utf8);
  }

  @Override
  public String toString() {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
