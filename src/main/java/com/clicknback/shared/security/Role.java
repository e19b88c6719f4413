package com.clicknback.shared.security;

import java.util.Arrays;

/** A user's role as stored in {@code users.role}. Only the database decides it. */
public enum Role {
  USER("user"),
  ADMIN("admin");

  private final String value;

  Role(String value) {
    this.value = value;
  }

  /** The stored and wire form. */
  public String value() {
    return value;
  }

  public static Role fromValue(String value) {
    return Arrays.stream(values())
        .filter(r -> r.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown role"));
  }
}
