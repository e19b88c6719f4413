package com.clicknback.shared.security;

import com.clicknback.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Issues and verifies the API's JWTs (spec 00 §7.2 and §7.4, 99 S8): HS256 with {@code
 * OAUTH_HASH_KEY}; access tokens carry {@code user_id}, {@code user_role} and {@code
 * token_type=access}; refresh tokens carry {@code user_id}, {@code token_type=refresh} and a random
 * {@code jti}. Both have {@code iss}, {@code sub}, {@code iat} and {@code exp}.
 */
@ApplicationScoped
public class TokenService {

  static final String ISSUER = "clicknback";
  static final String ACCESS = "access";
  static final String REFRESH = "refresh";

  private final SecureRandom random = new SecureRandom();
  private Hs256Jwt jwt;
  private Clock clock;
  private Duration accessTtl;
  private Duration refreshTtl;

  protected TokenService() {
    // for CDI proxies
  }

  @Inject
  public TokenService(Settings settings, Clock clock) {
    this.jwt = new Hs256Jwt(settings.oauthHashKey().getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
    this.accessTtl = Duration.ofMinutes(settings.accessTokenTtlMinutes());
    this.refreshTtl = Duration.ofMinutes(settings.refreshTokenTtlMinutes());
  }

  /** A signed access token for the account. */
  public String issueAccessToken(Account account) {
    Instant now = clock.instant();
    String userId = account.id().toString();
    JsonObject claims =
        Json.createObjectBuilder()
            .add("user_id", userId)
            .add("user_role", account.role().value())
            .add("token_type", ACCESS)
            .add("iss", ISSUER)
            .add("sub", userId)
            .add("groups", Json.createArrayBuilder().add(account.role().value()))
            .add("jti", UUID.randomUUID().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", now.plus(accessTtl).getEpochSecond())
            .build();
    return jwt.sign(claims);
  }

  /** A signed refresh token for the user, with the times its database row records. */
  public IssuedRefreshToken issueRefreshToken(UUID userId) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(refreshTtl);
    byte[] jti = new byte[32];
    random.nextBytes(jti);
    JsonObject claims =
        Json.createObjectBuilder()
            .add("user_id", userId.toString())
            .add("token_type", REFRESH)
            .add("iss", ISSUER)
            .add("sub", userId.toString())
            .add("jti", Base64.getUrlEncoder().withoutPadding().encodeToString(jti))
            .add("iat", now.getEpochSecond())
            .add("exp", expiresAt.getEpochSecond())
            .build();
    return new IssuedRefreshToken(jwt.sign(claims), now, expiresAt);
  }

  /** The user id of an authentic, unexpired access token. */
  public UUID verifyAccessToken(String token) {
    return verify(token, ACCESS);
  }

  /** The user id of an authentic, unexpired refresh token. */
  public UUID verifyRefreshToken(String token) {
    return verify(token, REFRESH);
  }

  /** Lower-case hex SHA-256 of the token: the only form in which refresh tokens are stored. */
  public static String sha256Hex(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private UUID verify(String token, String expectedType) {
    JsonObject claims;
    try {
      claims = jwt.verify(token);
    } catch (Hs256Jwt.InvalidJwtException e) {
      throw new TokenRejectedException(false);
    }
    if (!expectedType.equals(string(claims, "token_type"))) {
      throw new TokenRejectedException(false);
    }
    if (ACCESS.equals(expectedType) && string(claims, "user_role") == null) {
      throw new TokenRejectedException(false);
    }
    JsonValue exp = claims.get("exp");
    if (!(exp instanceof JsonNumber expiry)) {
      throw new TokenRejectedException(false);
    }
    if (clock.instant().getEpochSecond() >= expiry.longValue()) {
      throw new TokenRejectedException(true);
    }
    try {
      return UUID.fromString(string(claims, "user_id"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new TokenRejectedException(false);
    }
  }

  private static String string(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING
        ? claims.getString(name)
        : null;
  }

  /** A refresh token and the times its row must record. */
  public record IssuedRefreshToken(String token, Instant issuedAt, Instant expiresAt) {}
}
