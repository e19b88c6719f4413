package com.clicknback.featureflags;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The key rule of spec 04 §1, checked when a flag is set: 1 to 100 characters of lower-case
 * snake_case, starting with a letter. Lookups (evaluate, delete) take any key.
 */
public final class FeatureFlagKey {

  static final int MAX_LENGTH = 100;
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

  private FeatureFlagKey() {}

  public static boolean isValid(String key) {
    return key != null
        && !key.isEmpty()
        && key.length() <= MAX_LENGTH
        && SNAKE_CASE.matcher(key).matches();
  }

  /** The key, or the 422 of spec 04 §2 step 3. */
  public static String requireValid(String key) {
    if (!isValid(key)) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "Invalid feature flag key.",
          Map.of("key", key == null ? "" : key));
    }
    return key;
  }
}
