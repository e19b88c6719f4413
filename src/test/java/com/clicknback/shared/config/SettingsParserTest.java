package com.clicknback.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsParserTest {

  private static final String HASH_KEY = TestSettings.HASH_KEY;

  private static final List<String> REQUIRED =
      List.of(
          "DB_HOST",
          "DB_PORT",
          "DB_NAME",
          "DB_USER",
          "DB_PASSWORD",
          "OAUTH_HASH_KEY",
          "OAUTH_ALGORITHM",
          "MAX_CASHBACK_PERCENTAGE",
          "DEFAULT_PAGE_SIZE",
          "MAX_PAGE_SIZE",
          "PURCHASE_CONFIRMATION_INTERVAL_SECONDS",
          "PURCHASE_MAX_VERIFICATION_ATTEMPTS");

  private static Map<String, String> validEnvironment() {
    return TestSettings.validEnvironment();
  }

  private static Map<String, String> validEnvironmentWith(String name, String value) {
    Map<String, String> env = validEnvironment();
    env.put(name, value);
    return env;
  }

  private static Settings parse(Map<String, String> env) {
    return SettingsParser.parse(name -> Optional.ofNullable(env.get(name)));
  }

  private static InvalidConfigurationException failureOf(Map<String, String> env) {
    InvalidConfigurationException failure =
        catchThrowableOfType(InvalidConfigurationException.class, () -> parse(env));
    assertThat(failure).as("the configuration should have been refused").isNotNull();
    return failure;
  }

  private static List<String> problemsOf(Map<String, String> env) {
    return failureOf(env).problems();
  }

  @Test
  void parse_appliesDefaults_onRequiredValuesOnly() {
    // Arrange
    Map<String, String> env = validEnvironment();

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.accessTokenTtlMinutes()).isEqualTo(15);
    assertThat(settings.refreshTokenTtlMinutes()).isEqualTo(43_200);
    assertThat(settings.logLevel()).isEqualTo(Level.INFO);
    assertThat(settings.corsAllowedOrigins()).containsExactly("https://clicknback.com");
    assertThat(settings.corsAllowOriginRegex()).isEmpty();
    assertThat(settings.rejectionMerchantId()).isEmpty();
  }

  @Test
  void parse_readsRequiredValues_onValidEnvironment() {
    // Arrange
    Map<String, String> env = validEnvironment();

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.oauthHashKey()).isEqualTo(HASH_KEY);
    assertThat(settings.oauthAlgorithm()).isEqualTo("HS256");
    assertThat(settings.maxCashbackPercentage()).isEqualTo(20.0);
    assertThat(settings.defaultPageSize()).isEqualTo(20);
    assertThat(settings.maxPageSize()).isEqualTo(100);
    assertThat(settings.purchaseConfirmationIntervalSeconds()).isEqualTo(60);
    assertThat(settings.purchaseMaxVerificationAttempts()).isEqualTo(3);
  }

  @Test
  void parse_readsOptionalValues_onFullEnvironment() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.put("OAUTH_ACCESS_TOKEN_TTL", "720");
    env.put("OAUTH_REFRESH_TOKEN_TTL", "60");
    env.put("LOG_LEVEL", "DEBUG");
    env.put("CORS_ALLOWED_ORIGINS", "https://app.example.com");
    env.put("CORS_ALLOW_ORIGIN_REGEX", "http://localhost(:\\d+)?");
    env.put("REJECTION_MERCHANT_ID", "f0000000-0000-0000-0000-000000000001");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.accessTokenTtlMinutes()).isEqualTo(720);
    assertThat(settings.refreshTokenTtlMinutes()).isEqualTo(60);
    assertThat(settings.logLevel()).isEqualTo(Level.FINE);
    assertThat(settings.corsAllowedOrigins()).containsExactly("https://app.example.com");
    assertThat(settings.corsPolicy().allows("http://localhost:3000")).isTrue();
    assertThat(settings.rejectionMerchantId())
        .contains(UUID.fromString("f0000000-0000-0000-0000-000000000001"));
  }

  @Test
  void parse_reportsEveryMissingVariable_onEmptyEnvironment() {
    // Arrange
    Map<String, String> env = Map.of();

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems)
        .containsExactlyInAnyOrderElementsOf(
            REQUIRED.stream().map(name -> name + " is required but not set").toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_HOST",
        "DB_PORT",
        "DB_NAME",
        "DB_USER",
        "DB_PASSWORD",
        "OAUTH_HASH_KEY",
        "OAUTH_ALGORITHM",
        "MAX_CASHBACK_PERCENTAGE",
        "DEFAULT_PAGE_SIZE",
        "MAX_PAGE_SIZE",
        "PURCHASE_CONFIRMATION_INTERVAL_SECONDS",
        "PURCHASE_MAX_VERIFICATION_ATTEMPTS"
      })
  void parse_reportsOnlyThatVariable_onOneRequiredValueMissing(String name) {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.remove(name);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).containsExactly(name + " is required but not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n "})
  void parse_treatsBlankValueAsMissing_onRequiredVariable(String blank) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("OAUTH_HASH_KEY", blank);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).containsExactly("OAUTH_HASH_KEY is required but not set");
  }

  @Test
  void parse_usesDefaults_onBlankOptionalValues() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.put("OAUTH_ACCESS_TOKEN_TTL", " ");
    env.put("OAUTH_REFRESH_TOKEN_TTL", "");
    env.put("LOG_LEVEL", "  ");
    env.put("CORS_ALLOWED_ORIGINS", "");
    env.put("CORS_ALLOW_ORIGIN_REGEX", " ");
    env.put("REJECTION_MERCHANT_ID", "");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.accessTokenTtlMinutes()).isEqualTo(15);
    assertThat(settings.refreshTokenTtlMinutes()).isEqualTo(43_200);
    assertThat(settings.logLevel()).isEqualTo(Level.INFO);
    assertThat(settings.corsAllowedOrigins()).containsExactly("https://clicknback.com");
    assertThat(settings.corsAllowOriginRegex()).isEmpty();
    assertThat(settings.rejectionMerchantId()).isEmpty();
  }

  @Test
  void parse_collectsEveryProblemInOneException_onSeveralInvalidValues() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.remove("DB_HOST");
    env.put("DB_PORT", "not-a-port");
    env.put("OAUTH_ALGORITHM", "RS256");
    env.put("MAX_PAGE_SIZE", "0");
    env.put("CORS_ALLOWED_ORIGINS", "*");

    // Act
    InvalidConfigurationException failure = failureOf(env);

    // Assert
    assertThat(failure.problems())
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).startsWith("DB_HOST"))
        .anySatisfy(p -> assertThat(p).startsWith("DB_PORT"))
        .anySatisfy(p -> assertThat(p).startsWith("OAUTH_ALGORITHM"))
        .anySatisfy(p -> assertThat(p).startsWith("MAX_PAGE_SIZE"))
        .anySatisfy(p -> assertThat(p).startsWith("CORS_ALLOWED_ORIGINS"));
    assertThat(failure.getMessage())
        .contains("DB_HOST", "DB_PORT", "OAUTH_ALGORITHM", "MAX_PAGE_SIZE", "CORS_ALLOWED_ORIGINS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"short-secret-key", "0123456789abcdef0123456789abcde"})
  void parse_refusesHashKeyWithoutRevealingIt_onKeyShorterThan32Bytes(String shortKey) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("OAUTH_HASH_KEY", shortKey);

    // Act
    InvalidConfigurationException failure = failureOf(env);

    // Assert
    assertThat(failure.problems())
        .singleElement()
        .asString()
        .startsWith("OAUTH_HASH_KEY")
        .doesNotContain(shortKey);
    assertThat(failure.getMessage()).doesNotContain(shortKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0123456789abcdef0123456789abcdef", "€€€€€€€€€€€"})
  void parse_acceptsHashKey_onAtLeast32Bytes(String key) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("OAUTH_HASH_KEY", key);

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.oauthHashKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "HS512", "none"})
  void parse_refusesAlgorithm_onAnythingButHs256(String algorithm) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("OAUTH_ALGORITHM", algorithm);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("OAUTH_ALGORITHM");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com,http://localhost:3000",
        " https://app.example.com , http://localhost:3000 ",
        "[\"https://app.example.com\", \"http://localhost:3000\"]",
        "[\"https://app.example.com\",\"http://localhost:3000\"]"
      })
  void parse_readsEveryOrigin_onCommaSeparatedOrJsonArrayList(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("CORS_ALLOWED_ORIGINS", value);

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.corsAllowedOrigins())
        .containsExactly("https://app.example.com", "http://localhost:3000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "https://app.example.com,*", "[\"*\"]"})
  void parse_refusesWildcardOrigin_onStarInList(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("CORS_ALLOWED_ORIGINS", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("CORS_ALLOWED_ORIGINS")
        .contains("'*'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com/",
        "https://app.example.com/path",
        "app.example.com",
        "ftp://app.example.com",
        "https://*.example.com",
        "[\"https://app.example.com\""
      })
  void parse_refusesOrigins_onValueThatIsNotAnOrigin(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("CORS_ALLOWED_ORIGINS", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("CORS_ALLOWED_ORIGINS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost(:\\d+", "[a-", ".*", ".+", "*", "https?://.*", "(.*)"})
  void parse_refusesOriginRegex_onInvalidOrMatchEverythingPattern(String regex) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("CORS_ALLOW_ORIGIN_REGEX", regex);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("CORS_ALLOW_ORIGIN_REGEX");
  }

  @ParameterizedTest
  @CsvSource({
    "OAUTH_ACCESS_TOKEN_TTL, abc",
    "OAUTH_ACCESS_TOKEN_TTL, 0",
    "OAUTH_REFRESH_TOKEN_TTL, -5",
    "OAUTH_REFRESH_TOKEN_TTL, 1.5",
    "DEFAULT_PAGE_SIZE, 0",
    "DEFAULT_PAGE_SIZE, twenty",
    "MAX_PAGE_SIZE, -1",
    "PURCHASE_CONFIRMATION_INTERVAL_SECONDS, 0",
    "PURCHASE_CONFIRMATION_INTERVAL_SECONDS, 60s",
    "PURCHASE_MAX_VERIFICATION_ATTEMPTS, 0",
    "PURCHASE_MAX_VERIFICATION_ATTEMPTS, 99999999999",
    "DB_PORT, 0",
    "DB_PORT, 65536",
    "DB_PORT, postgres"
  })
  void parse_refusesWholeNumber_onNonNumericOrOutOfRangeValue(String name, String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith(name, value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith(name).contains(value);
  }

  @Test
  void parse_refusesPageSizes_onDefaultGreaterThanMax() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.put("DEFAULT_PAGE_SIZE", "101");
    env.put("MAX_PAGE_SIZE", "100");

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().contains("DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE");
  }

  @Test
  void parse_acceptsPageSizes_onDefaultEqualToMax() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.put("DEFAULT_PAGE_SIZE", "50");
    env.put("MAX_PAGE_SIZE", "50");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.defaultPageSize()).isEqualTo(50);
    assertThat(settings.maxPageSize()).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "20", "100"})
  void parse_acceptsMaxCashbackPercentage_onValueAboveZeroUpTo100(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("MAX_CASHBACK_PERCENTAGE", value);

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.maxCashbackPercentage()).isEqualTo(Double.parseDouble(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "100.01", "abc", "NaN", "Infinity", "20d", "0x10"})
  void parse_refusesMaxCashbackPercentage_onValueOutsideBounds(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("MAX_CASHBACK_PERCENTAGE", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("MAX_CASHBACK_PERCENTAGE");
  }

  @Test
  void parse_disablesRejectionMerchant_onEmptyValue() {
    // Arrange
    Map<String, String> env = validEnvironmentWith("REJECTION_MERCHANT_ID", "");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.rejectionMerchantId()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BankSimFail", "f0000000-0000-0000-0000", "12345"})
  void parse_refusesRejectionMerchant_onValueThatIsNotAUuid(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("REJECTION_MERCHANT_ID", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("REJECTION_MERCHANT_ID");
  }

  @ParameterizedTest
  @CsvSource({
    "DEBUG, FINE",
    "debug, FINE",
    "INFO, INFO",
    "WARNING, WARNING",
    "WARN, WARNING",
    "ERROR, SEVERE",
    "Error, SEVERE"
  })
  void parse_mapsLogLevel_onEachSupportedName(String value, String expectedLevel) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("LOG_LEVEL", value);

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.logLevel()).isEqualTo(Level.parse(expectedLevel));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRACE", "FINE", "verbose"})
  void parse_refusesLogLevel_onUnknownName(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("LOG_LEVEL", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("LOG_LEVEL");
  }

  @Test
  void toString_omitsHashKey_onParsedSettings() {
    // Arrange
    Settings settings = parse(validEnvironment());

    // Act
    String text = settings.toString();

    // Assert
    assertThat(text).doesNotContain(HASH_KEY).contains("HS256");
  }

  @Test
  void parse_defaultsPasswordHashIterations_onUnset() {
    // Act
    Settings settings = parse(validEnvironment());

    // Assert
    assertThat(settings.passwordHashIterations()).isEqualTo(210_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000", "209999", "0", "many"})
  void parse_refusesPasswordHashIterations_onValueBelowMinimum(String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith("PASSWORD_HASH_ITERATIONS", value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith("PASSWORD_HASH_ITERATIONS");
  }

  @Test
  void parse_leavesPayoutPolicyOff_onUnsetValues() {
    // Arrange
    Map<String, String> env = validEnvironmentWith("PAYOUT_MIN_AMOUNT", " ");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.payoutMinAmount()).isEmpty();
    assertThat(settings.payoutMonthlyLimit()).isEmpty();
    assertThat(settings.payoutWeeklyLimit()).isEmpty();
    assertThat(settings.payoutMinIntervalHours()).isEmpty();
  }

  @Test
  void parse_readsPayoutPolicy_onSetValues() {
    // Arrange
    Map<String, String> env = validEnvironment();
    env.put("PAYOUT_MIN_AMOUNT", "10");
    env.put("PAYOUT_MONTHLY_LIMIT", "100.5");
    env.put("PAYOUT_WEEKLY_LIMIT", "200.00");
    env.put("PAYOUT_MIN_INTERVAL_HOURS", "48");

    // Act
    Settings settings = parse(env);

    // Assert
    assertThat(settings.payoutMinAmount())
        .hasValueSatisfying(v -> assertThat(v).isEqualTo("10.00"));
    assertThat(settings.payoutMonthlyLimit().orElseThrow()).isEqualByComparingTo("100.50");
    assertThat(settings.payoutWeeklyLimit().orElseThrow()).isEqualByComparingTo("200");
    assertThat(settings.payoutMinIntervalHours()).contains(48);
  }

  @ParameterizedTest
  @CsvSource({
    "PAYOUT_MIN_AMOUNT, 0",
    "PAYOUT_MONTHLY_LIMIT, 1.005",
    "PAYOUT_WEEKLY_LIMIT, lots",
    "PAYOUT_MIN_INTERVAL_HOURS, 0",
    "PAYOUT_MIN_INTERVAL_HOURS, 1.5"
  })
  void parse_refusesPayoutPolicyValue_onInvalidValue(String name, String value) {
    // Arrange
    Map<String, String> env = validEnvironmentWith(name, value);

    // Act
    List<String> problems = problemsOf(env);

    // Assert
    assertThat(problems).singleElement().asString().startsWith(name + " must be");
  }
}
