package com.clicknback.shared.errors;

import com.clicknback.shared.web.RequestId;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds error envelopes and JAX-RS responses; the one place that knows their shape. */
public final class ErrorResponses {

  static final String INTERNAL_MESSAGE =
      "An unexpected error occurred. Our team has been notified. Please retry later.";
  static final String REQUEST_VALIDATION_MESSAGE = "Request validation failed.";

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private ErrorResponses() {}

  /** A response carrying the envelope for the given code. */
  public static Response of(ErrorCode code, String message, Map<String, Object> details) {
    return of(code, ErrorEnvelope.of(code, message, details));
  }

  /** The response for a handled {@link ApiException}. */
  public static Response of(ApiException e) {
    return of(e.errorCode(), e.getMessage(), e.details());
  }

  /** 422 {@code VALIDATION_ERROR} listing every failed field. */
  public static Response requestValidation(List<Violation> violations) {
    return of(
        ErrorCode.VALIDATION_ERROR, REQUEST_VALIDATION_MESSAGE, Map.of("violations", violations));
  }

  /** The 422 for a request body that could not be read, as an exception to throw. */
  public static ApiException unreadableBody(Violation violation) {
    return requestValidationFailure(List.of(violation));
  }

  /** The 422 {@code VALIDATION_ERROR} listing every violation, as an exception to throw. */
  public static ApiException requestValidationFailure(List<Violation> violations) {
    return new ApiException(
        ErrorCode.VALIDATION_ERROR,
        REQUEST_VALIDATION_MESSAGE,
        Map.of("violations", List.copyOf(violations)));
  }

  /** 400 {@code VALIDATION_ERROR} for query parameters a business rule refuses (03, 09). */
  public static ApiException invalidQuery(List<Violation> violations) {
    return new ApiException(
        ErrorCode.BUSINESS_VALIDATION_ERROR,
        "Invalid query parameters.",
        Map.of("violations", List.copyOf(violations)));
  }

  /** 404 {@code NOT_FOUND} for a resource of a known type, as the spec words it. */
  public static ApiException notFound(String resourceType, String label, String resourceId) {
    return new ApiException(
        ErrorCode.NOT_FOUND,
        label + " with ID '" + resourceId + "' does not exist.",
        Map.of("resource_type", resourceType, "resource_id", resourceId));
  }

  /** 400 {@code VALIDATION_ERROR} for a business rule on the body (one violation, fail-fast). */
  public static ApiException invalidBody(String field, String reason) {
    return new ApiException(
        ErrorCode.BUSINESS_VALIDATION_ERROR,
        "Validation failed for request body.",
        Map.of("violations", List.of(new Violation(field, reason))));
  }

  /** 404 for a path no endpoint serves. */
  public static ErrorEnvelope notFoundEnvelope(String path) {
    return ErrorEnvelope.of(
        ErrorCode.NOT_FOUND,
        "The requested resource does not exist.",
        Map.of("path", path == null ? "" : path));
  }

  /** 405 for a known path called with the wrong method; lists the allowed methods if known. */
  public static ErrorEnvelope methodNotAllowedEnvelope(List<String> allowedMethods) {
    return ErrorEnvelope.of(
        ErrorCode.METHOD_NOT_ALLOWED,
        "The method is not allowed on this resource.",
        allowedMethods.isEmpty() ? Map.of() : Map.of("allowed_methods", allowedMethods));
  }

  /** 400 for a request the HTTP layer could not make sense of. */
  public static ErrorEnvelope badRequestEnvelope() {
    return ErrorEnvelope.of(
        ErrorCode.BAD_REQUEST, "The request could not be understood.", Map.of());
  }

  /** A response carrying a prepared envelope with the status of its code. */
  public static Response of(ErrorCode code, ErrorEnvelope envelope) {
    return Response.status(code.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(envelope)
        .build();
  }

  /** The generic 500 envelope: a real request id and a timestamp, nothing else. */
  public static ErrorEnvelope internalError(String requestId, LocalDateTime now) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("request_id", requestId == null ? RequestId.NOT_AVAILABLE : requestId);
    details.put("timestamp", MICROS.format(now));
    return ErrorEnvelope.of(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_MESSAGE, details);
  }
}
