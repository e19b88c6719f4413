package com.clicknback.shared.errors;

import com.clicknback.shared.logging.AppLoggers;
import com.clicknback.shared.web.RequestId;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way an unexpected failure is reported: logged once with the request id, the exception
 * type and the application frame it came from, and answered with the generic 500 envelope. No
 * message, stack trace or SQL reaches the client or the log, since messages of persistence
 * exceptions carry SQL and data.
 */
public final class UnexpectedErrors {

  private static final Logger LOG = AppLoggers.get(UnexpectedErrors.class);
  private static final String APP_PACKAGE = "com.clicknback.";

  private UnexpectedErrors() {}

  /** Logs the failure and returns the 500 envelope for the current request. */
  public static Response respond(Throwable failure) {
    String requestId = RequestId.current();
    log(failure, requestId);
    return Response.status(ErrorCode.INTERNAL_SERVER_ERROR.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorResponses.internalError(requestId, LocalDateTime.now()))
        .build();
  }

  /** Writes the single log line for an unexpected failure. */
  public static void log(Throwable failure, String requestId) {
    LOG.log(
        Level.SEVERE,
        "Unexpected error request_id={0} {1}",
        new Object[] {requestId, describe(failure)});
  }

  /**
   * What may be logged of a failure outside a request (background jobs): its types and the
   * application frame it came from, never its messages (they carry SQL and data).
   */
  public static String describe(Throwable failure) {
    return "type=" + describeTypes(failure) + " at=" + origin(failure);
  }

  /** The exception type and its causes' types, outermost first. */
  static String describeTypes(Throwable failure) {
    StringBuilder types = new StringBuilder();
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 5; depth++, current = current.getCause()) {
      if (depth > 0) {
        types.append(" <- ");
      }
      types.append(current.getClass().getName());
    }
    return types.toString();
  }

  /** The innermost application frame of the failure chain, or its first frame. */
  static String origin(Throwable failure) {
    String origin = "unknown";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      StackTraceElement frame =
          Arrays.stream(t.getStackTrace())
              .filter(f -> f.getClassName().startsWith(APP_PACKAGE))
              .findFirst()
              .orElse(null);
      if (frame != null) {
        origin = frame.toString();
      } else if ("unknown".equals(origin) && t.getStackTrace().length > 0) {
        origin = t.getStackTrace()[0].toString();
      }
    }
    return origin;
  }
}
