package com.clicknback.shared.errors;

/** One failed field check, as listed in {@code details.violations}. */
public record Violation(String field, String reason) {}
