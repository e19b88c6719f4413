package com.clicknback.shared.config;

import com.clicknback.shared.security.PasswordHasher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates every setting, collecting all problems so that one start-up names every bad
 * variable. Pure: the source of raw values is a function, so tests need no environment. Values of
 * secret settings are never repeated in messages.
 */
public final class SettingsParser {

  static final int MIN_HASH_KEY_BYTES = 32;
  static final int MIN_HASH_ITERATIONS = 210_000;

  /** Origins no sane allow-regex matches; one that does would let any site in. */
  private static final List<String> FOREIGN_ORIGINS =
      List.of("https://evil.example", "http://attacker.invalid:8080", "null");

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s*]+");
  private static final Map<String, Level> LOG_LEVELS =
      Map.of(
          "DEBUG", Level.FINE,
          "INFO", Level.INFO,
          "WARNING", Level.WARNING,
          "WARN", Level.WARNING,
          "ERROR", Level.SEVERE);

  private final Function<String, Optional<String>> source;
  private final List<String> problems = new ArrayList<>();

  private SettingsParser(Function<String, Optional<String>> source) {
    this.source = name -> source.apply(name).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** Validated settings, or an exception listing every problem. */
  public static Settings parse(Function<String, Optional<String>> source) {
    return new SettingsParser(source).parse();
  }

  private Settings parse() {
    requireDatabase();
    String hashKey = hashKey();
    String algorithm = algorithm();
    int accessTtl = positiveInt("OAUTH_ACCESS_TOKEN_TTL", Optional.of(15));
    int refreshTtl = positiveInt("OAUTH_REFRESH_TOKEN_TTL", Optional.of(43_200));
    Level logLevel = logLevel();
    List<String> origins = corsOrigins();
    Optional<Pattern> originRegex = corsRegex();
    double maxCashback = maxCashbackPercentage();
    int defaultPageSize = positiveInt("DEFAULT_PAGE_SIZE", Optional.empty());
    int maxPageSize = positiveInt("MAX_PAGE_SIZE", Optional.empty());
    if (defaultPageSize > 0 && maxPageSize > 0 && defaultPageSize > maxPageSize) {
      problems.add("DEFAULT_PAGE_SIZE must not be greater than MAX_PAGE_SIZE");
    }
    int interval = positiveInt("PURCHASE_CONFIRMATION_INTERVAL_SECONDS", Optional.empty());
    int attempts = positiveInt("PURCHASE_MAX_VERIFICATION_ATTEMPTS", Optional.empty());
    Optional<UUID> rejectionMerchant = rejectionMerchantId();
    int hashIterations = passwordHashIterations();
    Optional<BigDecimal> payoutMinAmount = optionalAmount("PAYOUT_MIN_AMOUNT");
    Optional<BigDecimal> payoutMonthlyLimit = optionalAmount("PAYOUT_MONTHLY_LIMIT");
    Optional<BigDecimal> payoutWeeklyLimit = optionalAmount("PAYOUT_WEEKLY_LIMIT");
    Optional<Integer> payoutMinInterval = optionalPositiveInt("PAYOUT_MIN_INTERVAL_HOURS");
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return new Settings(
        hashKey,
        algorithm,
        accessTtl,
        refreshTtl,
        logLevel,
        origins,
        originRegex,
        maxCashback,
        defaultPageSize,
        maxPageSize,
        interval,
        attempts,
        rejectionMerchant,
        hashIterations,
        payoutMinAmount,
        payoutMonthlyLimit,
        payoutWeeklyLimit,
        payoutMinInterval);
  }

  /** The datasource reads DB_* itself; checking them here gives the same clear message. */
  private void requireDatabase() {
    for (String name : List.of("DB_HOST", "DB_NAME", "DB_USER", "DB_PASSWORD")) {
      required(name);
    }
    required("DB_PORT")
        .ifPresent(
            port -> {
              Optional<Integer> parsed = parseInt(port);
              if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > 65_535) {
                problems.add(
                    "DB_PORT must be a port number between 1 and 65535, got '" + port + "'");
              }
            });
  }

  private String hashKey() {
    Optional<String> key = required("OAUTH_HASH_KEY");
    if (key.isPresent() && key.get().getBytes(StandardCharsets.UTF_8).length < MIN_HASH_KEY_BYTES) {
      problems.add(
          "OAUTH_HASH_KEY must be at least "
              + MIN_HASH_KEY_BYTES
              + " bytes long (generate one with: openssl rand -hex 32)");
    }
    return key.orElse(null);
  }

  private String algorithm() {
    Optional<String> algorithm = required("OAUTH_ALGORITHM");
    if (algorithm.isPresent() && !"HS256".equals(algorithm.get())) {
      problems.add("OAUTH_ALGORITHM must be HS256, got '" + algorithm.get() + "'");
    }
    return algorithm.orElse(null);
  }

  private Level logLevel() {
    String value = source.apply("LOG_LEVEL").orElse("INFO");
    Level level = LOG_LEVELS.get(value.toUpperCase(Locale.ROOT));
    if (level == null) {
      problems.add("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, got '" + value + "'");
      return Level.INFO;
    }
    return level;
  }

  /** Comma-separated (99 D7) or a JSON array of strings (the original's format). */
  private List<String> corsOrigins() {
    String raw = source.apply("CORS_ALLOWED_ORIGINS").orElse("https://clicknback.com");
    String list = raw;
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) {
        problems.add("CORS_ALLOWED_ORIGINS is not a valid JSON array");
        return List.of();
      }
      list = raw.substring(1, raw.length() - 1);
    }
    List<String> origins =
        Arrays.stream(list.split(","))
            .map(String::trim)
            .map(
                o ->
                    o.length() >= 2 && o.startsWith("\"") && o.endsWith("\"")
                        ? o.substring(1, o.length() - 1)
                        : o)
            .filter(o -> !o.isEmpty())
            .toList();
    for (String origin : origins) {
      if ("*".equals(origin)) {
        problems.add(
            "CORS_ALLOWED_ORIGINS must list origins explicitly; '*' is not allowed with credentials");
      } else if (!ORIGIN.matcher(origin).matches()) {
        problems.add(
            "CORS_ALLOWED_ORIGINS entry '"
                + origin
                + "' is not an origin like https://app.example.com (scheme, host, optional port, no path)");
      }
    }
    return origins;
  }

  private Optional<Pattern> corsRegex() {
    Optional<String> raw = source.apply("CORS_ALLOW_ORIGIN_REGEX");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(raw.get());
    } catch (PatternSyntaxException e) {
      problems.add("CORS_ALLOW_ORIGIN_REGEX is not a valid regular expression");
      return Optional.empty();
    }
    for (String foreign : FOREIGN_ORIGINS) {
      if (pattern.matcher(foreign).matches()) {
        problems.add(
            "CORS_ALLOW_ORIGIN_REGEX must only match the origins you mean; it matches " + foreign);
        return Optional.empty();
      }
    }
    return Optional.of(pattern);
  }

  private double maxCashbackPercentage() {
    Optional<String> raw = required("MAX_CASHBACK_PERCENTAGE");
    if (raw.isEmpty()) {
      return 0;
    }
    try {
      double value = new BigDecimal(raw.get()).doubleValue();
      if (!(value > 0 && value <= 100)) {
        problems.add(
            "MAX_CASHBACK_PERCENTAGE must be greater than 0 and at most 100, got '"
                + raw.get()
                + "'");
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add("MAX_CASHBACK_PERCENTAGE must be a number, got '" + raw.get() + "'");
      return 0;
    }
  }

  /** PBKDF2 iterations for new password hashes (99 S7): at least the OWASP minimum. */
  private int passwordHashIterations() {
    int iterations =
        positiveInt("PASSWORD_HASH_ITERATIONS", Optional.of(PasswordHasher.DEFAULT_ITERATIONS));
    if (iterations > 0 && iterations < MIN_HASH_ITERATIONS) {
      problems.add(
          "PASSWORD_HASH_ITERATIONS must be at least "
              + MIN_HASH_ITERATIONS
              + ", got "
              + iterations);
    }
    return iterations;
  }

  private Optional<UUID> rejectionMerchantId() {
    Optional<String> raw = source.apply("REJECTION_MERCHANT_ID");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(raw.get()));
    } catch (IllegalArgumentException e) {
      problems.add("REJECTION_MERCHANT_ID must be a UUID or empty, got '" + raw.get() + "'");
      return Optional.empty();
    }
  }

  /** An optional money amount (withdrawal policy, spec 09 §3): above 0, at most 2 decimals. */
  private Optional<BigDecimal> optionalAmount(String name) {
    Optional<String> raw = source.apply(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(raw.get().strip());
      if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 2) {
        return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        name
            + " must be an amount above 0 with at most 2 decimals or empty, got '"
            + raw.get()
            + "'");
    return Optional.empty();
  }

  /** An optional whole number of at least 1; empty when unset. */
  private Optional<Integer> optionalPositiveInt(String name) {
    Optional<String> raw = source.apply(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> parsed = parseInt(raw.get().strip());
    if (parsed.isEmpty() || parsed.get() < 1) {
      problems.add(
          name + " must be a whole number of at least 1 or empty, got '" + raw.get() + "'");
      return Optional.empty();
    }
    return parsed;
  }

  private int positiveInt(String name, Optional<Integer> defaultValue) {
    Optional<String> raw = defaultValue.isPresent() ? source.apply(name) : required(name);
    if (raw.isEmpty()) {
      return defaultValue.orElse(0);
    }
    Optional<Integer> parsed = parseInt(raw.get());
    if (parsed.isEmpty() || parsed.get() < 1) {
      problems.add(name + " must be a whole number of at least 1, got '" + raw.get() + "'");
      return 0;
    }
    return parsed.get();
  }

  private Optional<String> required(String name) {
    Optional<String> value = source.apply(name);
    if (value.isEmpty()) {
      problems.add(name + " is required but not set");
    }
    return value;
  }

  private static Optional<Integer> parseInt(String raw) {
    try {
      return Optional.of(Integer.parseInt(raw));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
