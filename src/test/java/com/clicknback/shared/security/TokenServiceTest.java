package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.clicknback.shared.config.Settings;
import com.clicknback.shared.config.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

  private static final String KEY = "test-signing-key-0123456789abcdef0123456789";
  private static final int ACCESS_TTL_MINUTES = 15;
  private static final int REFRESH_TTL_MINUTES = 43_200;
  private static final Instant NOW = Instant.parse("2026-11-24T21:56:30.690601Z");
  private static final UUID USER_ID = UUID.fromString("ce14a0ac-dc07-46d0-87b3-f5e12c73be2c");

  private final MutableClock clock = new MutableClock(NOW);
  private final TokenService tokens = new TokenService(settings(KEY), clock);
  private final Hs256Jwt jwt = new Hs256Jwt(KEY.getBytes(StandardCharsets.UTF_8));

  static Settings settings(String hashKey) {
    return TestSettings.with(
        "OAUTH_HASH_KEY", hashKey,
        "OAUTH_ACCESS_TOKEN_TTL", String.valueOf(ACCESS_TTL_MINUTES),
        "OAUTH_REFRESH_TOKEN_TTL", String.valueOf(REFRESH_TTL_MINUTES));
  }

  /** A clock the test can move; the zone is UTC. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  private static Account user() {
    return new Account(USER_ID, Role.USER, true);
  }

  private static TokenRejectedException rejection(Runnable verification) {
    TokenRejectedException rejected =
        catchThrowableOfType(TokenRejectedException.class, verification::run);
    assertThat(rejected).as("the token should have been rejected").isNotNull();
    return rejected;
  }

  @Test
  void issueAccessToken_carriesTheSpecifiedClaims_onAccount() {
    // Arrange
    Account admin = new Account(USER_ID, Role.ADMIN, true);

    // Act
    JsonObject claims = jwt.verify(tokens.issueAccessToken(admin));

    // Assert
    assertThat(claims.getString("user_id")).isEqualTo(USER_ID.toString());
    assertThat(claims.getString("user_role")).isEqualTo("admin");
    assertThat(claims.getString("token_type")).isEqualTo("access");
    assertThat(claims.getString("iss")).isEqualTo("clicknback");
    assertThat(claims.getString("sub")).isEqualTo(USER_ID.toString());
    assertThat(claims.getJsonNumber("iat").longValue()).isEqualTo(NOW.getEpochSecond());
    assertThat(claims.getJsonNumber("exp").longValue())
        .isEqualTo(NOW.plus(Duration.ofMinutes(ACCESS_TTL_MINUTES)).getEpochSecond());
    assertThat(claims.getString("jti")).isNotBlank();
  }

  @Test
  void issueAccessToken_usesFreshJti_onEveryToken() {
    // Act
    JsonObject first = jwt.verify(tokens.issueAccessToken(user()));
    JsonObject second = jwt.verify(tokens.issueAccessToken(user()));

    // Assert
    assertThat(first.getString("jti")).isNotEqualTo(second.getString("jti"));
  }

  @Test
  void issueRefreshToken_carriesTheSpecifiedClaims_onUserId() {
    // Act
    TokenService.IssuedRefreshToken issued = tokens.issueRefreshToken(USER_ID);

    // Assert
    JsonObject claims = jwt.verify(issued.token());
    assertThat(claims.getString("user_id")).isEqualTo(USER_ID.toString());
    assertThat(claims.getString("token_type")).isEqualTo("refresh");
    assertThat(claims.getString("iss")).isEqualTo("clicknback");
    assertThat(claims.getString("sub")).isEqualTo(USER_ID.toString());
    assertThat(claims.containsKey("user_role")).isFalse();
    assertThat(claims.getString("jti")).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void issueRefreshToken_reportsTimesMatchingTheClaims_onUserId() {
    // Act
    TokenService.IssuedRefreshToken issued = tokens.issueRefreshToken(USER_ID);

    // Assert
    JsonObject claims = jwt.verify(issued.token());
    assertThat(issued.issuedAt()).isEqualTo(NOW);
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(REFRESH_TTL_MINUTES)));
    assertThat(claims.getJsonNumber("iat").longValue())
        .isEqualTo(issued.issuedAt().getEpochSecond());
    assertThat(claims.getJsonNumber("exp").longValue())
        .isEqualTo(issued.expiresAt().getEpochSecond());
  }

  @Test
  void issueRefreshToken_usesFreshJti_onEveryToken() {
    // Act
    String first = tokens.issueRefreshToken(USER_ID).token();
    String second = tokens.issueRefreshToken(USER_ID).token();

    // Assert
    assertThat(first).isNotEqualTo(second);
    assertThat(jwt.verify(first).getString("jti"))
        .isNotEqualTo(jwt.verify(second).getString("jti"));
  }

  @Test
  void verifyAccessToken_returnsUserId_onFreshAccessToken() {
    // Arrange
    String token = tokens.issueAccessToken(user());

    // Act
    UUID userId = tokens.verifyAccessToken(token);

    // Assert
    assertThat(userId).isEqualTo(USER_ID);
  }

  @Test
  void verifyRefreshToken_returnsUserId_onFreshRefreshToken() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();

    // Act
    UUID userId = tokens.verifyRefreshToken(token);

    // Assert
    assertThat(userId).isEqualTo(USER_ID);
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onRefreshToken() {
    // Arrange
    String refreshToken = tokens.issueRefreshToken(USER_ID).token();

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(refreshToken));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyRefreshToken_rejectsAsInvalid_onAccessToken() {
    // Arrange
    String accessToken = tokens.issueAccessToken(user());

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyRefreshToken(accessToken));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsExpired_onClockPastExp() {
    // Arrange
    String token = tokens.issueAccessToken(user());
    clock.set(NOW.plus(Duration.ofMinutes(ACCESS_TTL_MINUTES)).plusSeconds(1));

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isTrue();
  }

  @Test
  void verifyAccessToken_rejectsAsExpired_onClockExactlyAtExp() {
    // Arrange
    String token = tokens.issueAccessToken(user());
    long exp = jwt.verify(token).getJsonNumber("exp").longValue();
    clock.set(Instant.ofEpochSecond(exp));

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isTrue();
  }

  @Test
  void verifyAccessToken_accepts_onClockJustBeforeExp() {
    // Arrange
    String token = tokens.issueAccessToken(user());
    long exp = jwt.verify(token).getJsonNumber("exp").longValue();
    clock.set(Instant.ofEpochSecond(exp).minusMillis(1));

    // Act
    UUID userId = tokens.verifyAccessToken(token);

    // Assert
    assertThat(userId).isEqualTo(USER_ID);
  }

  @Test
  void verifyRefreshToken_rejectsAsExpired_onClockPastExp() {
    // Arrange
    TokenService.IssuedRefreshToken issued = tokens.issueRefreshToken(USER_ID);
    clock.set(issued.expiresAt().plusSeconds(1));

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyRefreshToken(issued.token()));

    // Assert
    assertThat(rejected.isExpired()).isTrue();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onMissingUserRole() {
    // Arrange
    String token =
        jwt.sign(
            Json.createObjectBuilder()
                .add("user_id", USER_ID.toString())
                .add("token_type", "access")
                .add("exp", NOW.plusSeconds(600).getEpochSecond())
                .build());

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onNonUuidUserId() {
    // Arrange
    String token =
        jwt.sign(
            Json.createObjectBuilder()
                .add("user_id", "not-a-uuid")
                .add("user_role", "user")
                .add("token_type", "access")
                .add("exp", NOW.plusSeconds(600).getEpochSecond())
                .build());

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onMissingUserId() {
    // Arrange
    String token =
        jwt.sign(
            Json.createObjectBuilder()
                .add("user_role", "user")
                .add("token_type", "access")
                .add("exp", NOW.plusSeconds(600).getEpochSecond())
                .build());

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onMissingOrNonNumericExp() {
    // Arrange
    JsonObject base =
        Json.createObjectBuilder()
            .add("user_id", USER_ID.toString())
            .add("user_role", "user")
            .add("token_type", "access")
            .build();
    String withoutExp = jwt.sign(base);
    String textExp =
        jwt.sign(
            Json.createObjectBuilder(base)
                .add("exp", String.valueOf(NOW.plusSeconds(600).getEpochSecond()))
                .build());

    // Act
    TokenRejectedException missing = rejection(() -> tokens.verifyAccessToken(withoutExp));
    TokenRejectedException text = rejection(() -> tokens.verifyAccessToken(textExp));

    // Assert
    assertThat(missing.isExpired()).isFalse();
    assertThat(text.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onTokenSignedWithAnotherKey() {
    // Arrange
    TokenService otherIssuer =
        new TokenService(settings("another-signing-key-0123456789abcdef0123"), clock);
    String token = otherIssuer.issueAccessToken(user());

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onExpiredTokenSignedWithAnotherKey() {
    // Arrange: a forged token must never be reported as merely expired
    TokenService otherIssuer =
        new TokenService(settings("another-signing-key-0123456789abcdef0123"), clock);
    String token = otherIssuer.issueAccessToken(user());
    clock.set(NOW.plus(Duration.ofDays(1)));

    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken(token));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void verifyAccessToken_rejectsAsInvalid_onGarbage() {
    // Act
    TokenRejectedException rejected = rejection(() -> tokens.verifyAccessToken("not-a-jwt"));

    // Assert
    assertThat(rejected.isExpired()).isFalse();
  }

  @Test
  void sha256Hex_returnsLowerCaseHexDigest_onKnownVector() {
    // Act
    String digest = TokenService.sha256Hex("abc");

    // Assert
    assertThat(digest)
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sha256Hex_returnsDigestOfEmptyInput_onEmptyString() {
    // Act
    String digest = TokenService.sha256Hex("");

    // Assert
    assertThat(digest)
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
