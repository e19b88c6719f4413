package com.clicknback.shared.errors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One failed field check, as listed in {@code details.violations}. */
@JsonbPropertyOrder({"field", "reason"})
public record Violation(String field, String reason) {}
