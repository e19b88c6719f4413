package com.clicknback.shared.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link JsonDocument} as it was rendered, with its exact length. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonDocumentWriter implements MessageBodyWriter<JsonDocument> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonDocument.class;
  }

  @Override
  public long getSize(
      JsonDocument document,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType) {
    return document.length();
  }

  @Override
  public void writeTo(
      JsonDocument document,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    document.writeTo(out);
  }
}
