package com.clicknback.featureflags;

import com.clicknback.shared.validation.UuidFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the feature-flag endpoints. */
public final class FeatureFlagRequests {

  private FeatureFlagRequests() {}

  /** Set (upsert) body (spec 04 §2); the scope defaults to global. */
  @Schema(name = "SetFeatureFlagRequest")
  public record Set(
      @Schema(required = true, example = "false", description = "Lenient boolean (00 §2)") @NotNull
          Boolean enabled,
      @Schema(
              enumeration = {FlagScope.GLOBAL, FlagScope.MERCHANT, FlagScope.USER},
              defaultValue = FlagScope.GLOBAL)
          @Pattern(regexp = FlagScope.TYPE_PATTERN, message = FlagScope.TYPE_REASON)
          String scopeType,
      @Schema(
              type = SchemaType.STRING,
              format = "uuid",
              nullable = true,
              description =
                  "The merchant or user id; required for merchant and user scopes, must be null"
                      + " for global")
          @UuidFormat
          String scopeId,
      @Schema(
              nullable = true,
              description = "Free text; null or absent keeps the stored description")
          String description) {

    /** The scope type asked for, global when none is given. */
    public String scopeTypeOrGlobal() {
      return scopeType == null ? FlagScope.GLOBAL : scopeType;
    }
  }
}
