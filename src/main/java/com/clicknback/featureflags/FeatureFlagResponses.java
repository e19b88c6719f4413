package com.clicknback.featureflags;

import com.clicknback.shared.time.Timestamps;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the feature-flag endpoints. */
public final class FeatureFlagResponses {

  private FeatureFlagResponses() {}

  /** A flag record ({@code FeatureFlagOut}, spec 04 §1); null fields are written as null. */
  @Schema(name = "FeatureFlag")
  public record FeatureFlagOut(
      UUID id,
      @Schema(example = "purchase_auto_confirm") String key,
      boolean enabled,
      @Schema(enumeration = {FlagScope.GLOBAL, FlagScope.MERCHANT, FlagScope.USER})
          String scopeType,
      @Schema(nullable = true, description = "null for global flags") UUID scopeId,
      @Schema(nullable = true) String description,
      @Schema(example = "2026-11-24T21:57:07.352845Z") String createdAt,
      @Schema(example = "2026-11-24T21:57:07.352845Z") String updatedAt) {

    static FeatureFlagOut of(FeatureFlag flag) {
      return new FeatureFlagOut(
          flag.id(),
          flag.key(),
          flag.enabled(),
          flag.scope().type(),
          flag.scope().id(),
          flag.description(),
          Timestamps.utc(flag.createdAt()),
          Timestamps.utc(flag.updatedAt()));
    }
  }

  /** The outcome of an evaluation (spec 04 §4). */
  @Schema(name = "FeatureFlagEvaluation")
  public record EvaluationOut(
      @Schema(example = "purchase_auto_confirm") String key, boolean enabled) {}
}
