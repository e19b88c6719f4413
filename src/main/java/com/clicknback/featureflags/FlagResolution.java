package com.clicknback.featureflags;

import java.util.Optional;

/**
 * Whether a flag is on, from the records that exist for it (99 M5): the user-scoped record wins,
 * then the merchant-scoped one, then the global one; with none, the flag is on (fail-open). A
 * global {@code false} is honoured.
 */
public final class FlagResolution {

  /** A flag that has no record at all is on. */
  static final boolean DEFAULT_ENABLED = true;

  private FlagResolution() {}

  public static boolean resolve(
      Optional<Boolean> userScoped, Optional<Boolean> merchantScoped, Optional<Boolean> global) {
    return userScoped.or(() -> merchantScoped).or(() -> global).orElse(DEFAULT_ENABLED);
  }
}
