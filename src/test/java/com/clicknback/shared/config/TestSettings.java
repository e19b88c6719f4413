package com.clicknback.shared.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Valid settings for unit tests, built by the real parser; tests override what they care about. */
public final class TestSettings {

  public static final String HASH_KEY =
      "9f1c2b7a4e8d3f6a0b5c1e7d2a9f4b8c6e3d0a7f1b4c8e2d9f1c2b7a4e8d3f6a";

  private TestSettings() {}

  /** Every required variable with a valid value; optional ones unset. */
  public static Map<String, String> validEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", "5432");
    env.put("DB_NAME", "clicknback");
    env.put("DB_USER", "clicknback");
    env.put("DB_PASSWORD", "db-password");
    env.put("OAUTH_HASH_KEY", HASH_KEY);
    env.put("OAUTH_ALGORITHM", "HS256");
    env.put("MAX_CASHBACK_PERCENTAGE", "20");
    env.put("DEFAULT_PAGE_SIZE", "20");
    env.put("MAX_PAGE_SIZE", "100");
    env.put("PURCHASE_CONFIRMATION_INTERVAL_SECONDS", "60");
    env.put("PURCHASE_MAX_VERIFICATION_ATTEMPTS", "3");
    return env;
  }

  /** Valid settings with the given variables set (name, value, name, value, ...). */
  public static Settings with(String... namesAndValues) {
    Map<String, String> env = validEnvironment();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      env.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return SettingsParser.parse(name -> Optional.ofNullable(env.get(name)));
  }
}
