package com.clicknback.shared.web;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.Causes;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.JsonBodyErrors;
import com.clicknback.shared.errors.Violation;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reading request bodies (spec 00 §5.1): a request without a body reads as {@code null}, so a
 * required body is reported like any missing field ({@code body}, "Field required"); a body the
 * JSON reader cannot read becomes a 422 naming the offset or the property. Only failures while
 * reading a request are treated so: a failure while writing a response stays a 500. Bodies are
 * bounded ({@value #MAX_BODY_BYTES} bytes, 413 beyond), declared length or not; a body with a
 * declared length is read whole first, so one that ends before its Content-Length is a 400, never
 * taken for the complete request.
 */
@Provider
public class RequestBodyInterceptor implements ReaderInterceptor {

  /** No request of this API needs more; larger bodies are refused before they are parsed. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    OptionalLong declaredLength = declaredLength(context.getHeaders().getFirst("Content-Length"));
    if (declaredLength.isPresent() && declaredLength.getAsLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    InputStream body =
        declaredLength.isPresent()
            ? declaredBody(context.getInputStream(), (int) declaredLength.getAsLong())
            : streamedBody(context.getInputStream());
    if (body == null) {
      return null;
    }
    context.setInputStream(body);
    try {
      return context.proceed();
    } catch (BodyTooLargeException e) {
      throw tooLarge();
    } catch (RuntimeException e) {
      if (Causes.any(e, BodyTooLargeException.class::isInstance)) {
        throw tooLarge();
      }
      Optional<Violation> violation = JsonBodyErrors.violationFor(e);
      if (violation.isEmpty()) {
        throw e;
      }
      throw ErrorResponses.unreadableBody(violation.get());
    }
  }

  /**
   * A body of declared length, read whole and exactly: a body that ends before its Content-Length
   * is refused rather than taken for the complete request. Never waits for more than the declared
   * bytes (over HTTP/2 the end of the stream may come well after the last byte).
   */
  private static InputStream declaredBody(InputStream in, int declared) throws IOException {
    LimitedInputStream limited = new LimitedInputStream(in);
    byte[] bytes;
    try {
      bytes = limited.readNBytes(Math.max(0, declared));
    } catch (EOFException e) {
      // The container's report of a connection that ended before the declared length.
      throw truncated(declared, limited.read);
    }
    if (bytes.length < declared) {
      throw truncated(declared, bytes.length);
    }
    return bytes.length == 0 ? null : new ByteArrayInputStream(bytes);
  }

  /** A body without a declared length (chunked): bounded while the parser reads it. */
  private static InputStream streamedBody(InputStream in) throws IOException {
    PushbackInputStream body = new PushbackInputStream(new LimitedInputStream(in), 1);
    int first = body.read();
    if (first < 0) {
      return null;
    }
    body.unread(first);
    return body;
  }

  private static OptionalLong declaredLength(String header) {
    if (header == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static ApiException truncated(long declared, long received) {
    return new ApiException(
        ErrorCode.BAD_REQUEST,
        "The request body is shorter than its Content-Length.",
        Map.of("declared_bytes", declared, "received_bytes", received));
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
