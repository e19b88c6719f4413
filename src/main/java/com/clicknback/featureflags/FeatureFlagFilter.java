package com.clicknback.featureflags;

import java.util.Optional;
import java.util.UUID;

/** The filters of the flag list (spec 04 §3): exact matches, each optional, combined with AND. */
public record FeatureFlagFilter(
    Optional<String> key, Optional<String> scopeType, Optional<UUID> scopeId) {}
