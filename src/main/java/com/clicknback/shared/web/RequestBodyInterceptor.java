package com.clicknback.shared.web;

import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.JsonBodyErrors;
import com.clicknback.shared.errors.Violation;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Optional;

/**
 * Reading request bodies (spec 00 §5.1): a request without a body reads as {@code null}, so a
 * required body is reported like any missing field ({@code body}, "Field required"); a body the
 * JSON reader cannot read becomes a 422 naming the offset or the property. Only failures while
 * reading a request are treated so: a failure while writing a response stays a 500.
 */
@Provider
public class RequestBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
    int first = body.read();
    if (first < 0) {
      return null;
    }
    body.unread(first);
    context.setInputStream(body);
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      Optional<Violation> violation = JsonBodyErrors.violationFor(e);
      if (violation.isEmpty()) {
        throw e;
      }
      throw ErrorResponses.unreadableBody(violation.get());
    }
  }
}
