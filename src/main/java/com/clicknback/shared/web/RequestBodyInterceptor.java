package com.clicknback.shared.web;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.JsonBodyErrors;
import com.clicknback.shared.errors.Violation;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Reading request bodies (spec 00 §5.1): a request without a body reads as {@code null}, so a
 * required body is reported like any missing field ({@code body}, "Field required"); a body the
 * JSON reader cannot read becomes a 422 naming the offset or the property. Only failures while
 * reading a request are treated so: a failure while writing a response stays a 500. Bodies are
 * bounded ({@value #MAX_BODY_BYTES} bytes, 413 beyond), declared length or not.
 */
@Provider
public class RequestBodyInterceptor implements ReaderInterceptor {

  /** No request of this API needs more; larger bodies are refused before they are parsed. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    String declaredLength = context.getHeaders().getFirst("Content-Length");
    if (declaredLength != null && isOverLimit(declaredLength)) {
      throw tooLarge();
    }
    PushbackInputStream body =
        new PushbackInputStream(new LimitedInputStream(context.getInputStream()), 1);
    int first = body.read();
    if (first < 0) {
      return null;
    }
    body.unread(first);
    context.setInputStream(body);
    try {
      return context.proceed();
    } catch (BodyTooLargeException e) {
      throw tooLarge();
    } catch (RuntimeException e) {
      if (hasCause(e, BodyTooLargeException.class)) {
        throw tooLarge();
      }
      Optional<Violation> violation = JsonBodyErrors.violationFor(e);
      if (violation.isEmpty()) {
        throw e;
      }
      throw ErrorResponses.unreadableBody(violation.get());
    }
  }

  private static boolean isOverLimit(String declaredLength) {
    try {
      return Long.parseLong(declaredLength.strip()) > MAX_BODY_BYTES;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static ApiException tooLarge() {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is too large.",
        Map.of("max_bytes", MAX_BODY_BYTES));
  }

  /** Thrown while reading past the limit, so chunked bodies are bounded too. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body too large");
    }
  }

  /** Counts what is read and fails past {@link #MAX_BODY_BYTES}. */
  static final class LimitedInputStream extends FilterInputStream {
    private long read;

    LimitedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > MAX_BODY_BYTES) {
        throw new BodyTooLargeException();
      }
    }
  }
}
