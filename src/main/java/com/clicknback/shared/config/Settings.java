package com.clicknback.shared.config;

import com.clicknback.shared.web.CorsPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * The application's validated configuration (spec 00 §11, 99 D8), read once at start-up from the
 * environment variables of the same names. Inject it; never read the environment directly.
 */
public record Settings(
    String oauthHashKey,
    String oauthAlgorithm,
    int accessTokenTtlMinutes,
    int refreshTokenTtlMinutes,
    Level logLevel,
    List<String> corsAllowedOrigins,
    Optional<Pattern> corsAllowOriginRegex,
    double maxCashbackPercentage,
    int defaultPageSize,
    int maxPageSize,
    int purchaseConfirmationIntervalSeconds,
    int purchaseMaxVerificationAttempts,
    Optional<UUID> rejectionMerchantId,
    int passwordHashIterations,
    Optional<BigDecimal> payoutMinAmount,
    Optional<BigDecimal> payoutMonthlyLimit,
    Optional<BigDecimal> payoutWeeklyLimit,
    Optional<Integer> payoutMinIntervalHours) {

  public Settings {
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }

  /** The CORS decisions these settings describe. */
  public CorsPolicy corsPolicy() {
    return new CorsPolicy(corsAllowedOrigins, corsAllowOriginRegex);
  }

  /** Never prints the signing key. */
  @Override
  public String toString() {
    return "Settings[oauthAlgorithm=%s, accessTokenTtlMinutes=%d, refreshTokenTtlMinutes=%d, logLevel=%s, corsAllowedOrigins=%s, maxPageSize=%d]"
        .formatted(
            oauthAlgorithm,
            accessTokenTtlMinutes,
            refreshTokenTtlMinutes,
            logLevel,
            corsAllowedOrigins,
            maxPageSize);
  }
}
