package com.clicknback.users;

import java.util.Optional;

/** The registration password rules of spec 01 §2.2, checked in order; the first failure wins. */
public final class PasswordPolicy {

  static final int MIN_LENGTH = 8;

  private PasswordPolicy() {}

  /** The reason the password is refused, or empty when it is complex enough. */
  public static Optional<String> firstViolation(String password) {
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("Password must be at least 8 characters long.");
    }
    if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      return Optional.of("Password must contain at least one uppercase letter.");
    }
    if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      return Optional.of("Password must contain at least one lowercase letter.");
    }
    if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("Password must contain at least one digit.");
    }
    if (password.chars().allMatch(PasswordPolicy::isAsciiAlphanumeric)) {
      return Optional.of("Password must contain at least one special character.");
    }
    return Optional.empty();
  }

  private static boolean isAsciiAlphanumeric(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
