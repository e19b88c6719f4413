package com.clicknback.shared.errors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** The body of every error: {@code {"error": {"code", "message", "details"}}} (spec 00 §3). */
public record ErrorEnvelope(Error error) {

  /** The inner object of the envelope, written in the order of spec 00 §3. */
  @JsonbPropertyOrder({"code", "message", "details"})
  public record Error(String code, String message, Map<String, Object> details) {}

  public static ErrorEnvelope of(ErrorCode code, String message, Map<String, Object> details) {
    return new ErrorEnvelope(new Error(code.code(), message, details == null ? Map.of() : details));
  }
}
