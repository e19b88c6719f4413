package com.clicknback.featureflags;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a flag record applies to (spec 04 §1): {@code global} with no id, or one {@code merchant} or
 * {@code user} by id. The rules that tie the type to the id live here, without I/O.
 */
public record FlagScope(String type, UUID id) {

  public static final String GLOBAL = "global";
  public static final String MERCHANT = "merchant";
  public static final String USER = "user";

  /** The scope types a flag can be stored with, as a pattern for request validation. */
  static final String TYPE_PATTERN = "global|merchant|user";

  /** Why a scope type outside {@link #TYPE_PATTERN} was refused (spec 00 §5.1 wording). */
  static final String TYPE_REASON = "Input should be 'global', 'merchant' or 'user'";

  public static final FlagScope GLOBAL_SCOPE = new FlagScope(GLOBAL, null);

  /**
   * The scope of a record to set or delete: a non-global type needs an id (spec 04 §2 step 4), and
   * a global one must not have one, since the global record is the one without an id (the schema
   * allows no other).
   */
  public static FlagScope forChange(String type, UUID id) {
    requireIdUnlessGlobal(type, id);
    if (GLOBAL.equals(type) && id != null) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("scope_type", type);
      details.put("scope_id", id.toString());
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "scope_id must be null when scope_type is 'global'.",
          details);
    }
    return new FlagScope(type, id);
  }

  /**
   * The scope to evaluate: any type, a non-global one with its id (spec 04 §4 step 3); a global one
   * ignores the id.
   */
  public static FlagScope forEvaluation(String type, UUID id) {
    requireIdUnlessGlobal(type, id);
    return GLOBAL.equals(type) ? GLOBAL_SCOPE : new FlagScope(type, id);
  }

  public boolean isGlobal() {
    return GLOBAL.equals(type);
  }

  /** {@code global}, or the type and id: {@code merchant/<id>}. */
  public String label() {
    return id == null ? type : type + "/" + id;
  }

  /** The id as JSON text, or null. */
  public String idText() {
    return id == null ? null : id.toString();
  }

  private static void requireIdUnlessGlobal(String type, UUID id) {
    if (!GLOBAL.equals(type) && id == null) {
      throw new ApiException(
          ErrorCode.FEATURE_FLAG_SCOPE_ID_REQUIRED,
          "scope_id is required when scope_type is '" + type + "'.",
          Map.of("scope_type", type));
    }
  }
}
