package com.clicknback.shared.web;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * A request without a body reads as {@code null} instead of failing in the JSON parser, so a
 * required body is reported like any missing field: {@code body}, "Field required" (spec 00 §5.1).
 */
@Provider
public class EmptyBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
    int first = body.read();
    if (first < 0) {
      return null;
    }
    body.unread(first);
    context.setInputStream(body);
    return context.proceed();
  }
}
