package com.clicknback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.shared.config.Settings;
import com.clicknback.shared.config.TestSettings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import com.clicknback.shared.security.TokenService;
import com.clicknback.users.User;
import com.clicknback.users.UserService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * AuthService with mocked persistence and a real {@link TokenService} on a fixed clock, so tokens,
 * their expiry and their stored hashes are the real thing.
 */
@ExtendWith(MockitoExtension.class)
class AuthServiceTest {

  private static final String KEY = "test-signing-key-0123456789abcdef0123456789";
  private static final int REFRESH_TTL_MINUTES = 43_200;
  private static final Instant NOW = Instant.parse("2026-11-24T21:56:30.690601Z");
  private static final OffsetDateTime NOW_UTC = NOW.atOffset(ZoneOffset.UTC);
  private static final UUID USER_ID = UUID.fromString("ce14a0ac-dc07-46d0-87b3-f5e12c73be2c");
  private static final UUID OTHER_USER_ID = UUID.fromString("0b6f3c1e-8d0a-4c55-9a57-3f1f2f0a9b21");
  private static final UUID FAMILY = UUID.fromString("7d1b1a52-54f4-4a8e-9c55-0f3b8a9e6d10");

  @Mock UserService users;
  @Mock RefreshTokenRepository refreshTokens;

  private final TokenService tokens = tokenServiceAt(NOW);
  private final AuthService service = new AuthService();

  @BeforeEach
  void wireService() {
    service.users = users;
    service.tokens = tokens;
    service.refreshTokens = refreshTokens;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static TokenService tokenServiceAt(Instant instant) {
    Settings settings =
        TestSettings.with(
            "OAUTH_HASH_KEY", KEY, "OAUTH_REFRESH_TOKEN_TTL", String.valueOf(REFRESH_TTL_MINUTES));
    return new TokenService(settings, Clock.fixed(instant, ZoneOffset.UTC));
  }

  private static ApiException apiFailure(Runnable action) {
    ApiException failure = catchThrowableOfType(ApiException.class, action::run);
    assertThat(failure).as("an ApiException should have been thrown").isNotNull();
    return failure;
  }

  /** A stored, unused, unexpired row for the token, in {@link #FAMILY}. */
  private static RefreshToken rowFor(String token, UUID userId) {
    return new RefreshToken(
        userId, FAMILY, TokenService.sha256Hex(token), NOW_UTC.minusHours(1), NOW_UTC.plusDays(29));
  }

  private String storedRefreshToken(RefreshToken row, String token) {
    when(refreshTokens.findByHashForUpdate(TokenService.sha256Hex(token)))
        .thenReturn(Optional.of(row));
    return token;
  }

  private RefreshToken insertedRow() {
    ArgumentCaptor<RefreshToken> inserted = ArgumentCaptor.forClass(RefreshToken.class);
    verify(refreshTokens).insert(inserted.capture());
    return inserted.getValue();
  }

  @Test
  void refresh_spendsOldTokenAndIssuesNextOfTheFamily_onUnusedToken() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row = rowFor(token, USER_ID);
    storedRefreshToken(row, token);
    when(users.findAccount(USER_ID)).thenReturn(Optional.of(new Account(USER_ID, Role.USER, true)));

    // Act
    TokenPairResponse pair = service.refresh(token);

    // Assert
    assertThat(row.isSpent()).isTrue();
    assertThat(row).extracting("usedAt").isEqualTo(NOW_UTC);
    assertThat(row).extracting("rotationCount").isEqualTo(1);
    assertThat(pair.tokenType()).isEqualTo("bearer");
    assertThat(pair.refreshToken()).isNotEqualTo(token);
    assertThat(tokens.verifyAccessToken(pair.accessToken())).isEqualTo(USER_ID);
    assertThat(tokens.verifyRefreshToken(pair.refreshToken())).isEqualTo(USER_ID);
    RefreshToken next = insertedRow();
    assertThat(next.userId()).isEqualTo(USER_ID);
    assertThat(next.familyId()).isEqualTo(FAMILY);
    assertThat(next.isSpent()).isFalse();
    assertThat(next).extracting("tokenHash").isEqualTo(TokenService.sha256Hex(pair.refreshToken()));
    assertThat(next).extracting("issuedAt").isEqualTo(NOW_UTC);
    assertThat(next)
        .extracting("expiresAt")
        .isEqualTo(NOW_UTC.plus(Duration.ofMinutes(REFRESH_TTL_MINUTES)));
  }

  @Test
  void refresh_neverStoresTheRawToken_onRotation() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    storedRefreshToken(rowFor(token, USER_ID), token);
    when(users.findAccount(USER_ID)).thenReturn(Optional.of(new Account(USER_ID, Role.USER, true)));

    // Act
    TokenPairResponse pair = service.refresh(token);

    // Assert
    RefreshToken next = insertedRow();
    assertThat(next)
        .extracting("tokenHash")
        .asString()
        .matches("[0-9a-f]{64}")
        .isNotEqualTo(pair.refreshToken());
  }

  @Test
  void refresh_revokesFamilyAndThrowsTokenRevoked_onSpentToken() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row = rowFor(token, USER_ID);
    row.markUsed(NOW_UTC.minusMinutes(5));
    storedRefreshToken(row, token);
    when(refreshTokens.revokeFamily(FAMILY, NOW_UTC)).thenReturn(3);

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure).isInstanceOf(TokenRevokedException.class);
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.TOKEN_REVOKED);
    assertThat(failure.getMessage())
        .isEqualTo("Refresh token has been revoked. Please log in again.");
    assertThat(failure.details()).isEmpty();
    verify(refreshTokens).revokeFamily(FAMILY, NOW_UTC);
    verify(refreshTokens, never()).insert(any());
    verify(users, never()).findAccount(any());
  }

  @Test
  void refresh_doesNotRollBackTheRevocation_onTokenRevokedException() throws Exception {
    // Arrange
    Transactional transactional =
        AuthService.class.getMethod("refresh", String.class).getAnnotation(Transactional.class);

    // Act
    List<Class<?>> dontRollbackOn = List.of(transactional.dontRollbackOn());

    // Assert
    assertThat(dontRollbackOn).contains(TokenRevokedException.class);
  }

  @Test
  void refresh_refusesWithExpiredRefreshToken_onRowPastItsExpiry() {
    // Arrange: the JWT is still valid, but the stored row expires exactly now
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row =
        new RefreshToken(
            USER_ID, FAMILY, TokenService.sha256Hex(token), NOW_UTC.minusDays(30), NOW_UTC);
    storedRefreshToken(row, token);

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.EXPIRED_REFRESH_TOKEN);
    assertThat(failure.getMessage()).isEqualTo("Refresh token has expired. Please log in again.");
    assertThat(row.isSpent()).isFalse();
    verify(refreshTokens, never()).insert(any());
  }

  @Test
  void refresh_refusesWithExpiredRefreshToken_onJwtPastItsExp() {
    // Arrange
    Instant longAgo = NOW.minus(Duration.ofMinutes(REFRESH_TTL_MINUTES)).minusSeconds(1);
    String token = tokenServiceAt(longAgo).issueRefreshToken(USER_ID).token();

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.EXPIRED_REFRESH_TOKEN);
    verifyNoInteractions(refreshTokens);
    verify(users, never()).findAccount(any());
  }

  @Test
  void refresh_refusesWithInvalidRefreshToken_onMalformedToken() {
    // Act
    ApiException failure = apiFailure(() -> service.refresh("not-a-jwt"));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_REFRESH_TOKEN);
    assertThat(failure.getMessage()).isEqualTo("Invalid or expired refresh token.");
    assertThat(failure.details()).isEmpty();
    verifyNoInteractions(refreshTokens);
    verify(users, never()).findAccount(any());
  }

  @Test
  void refresh_refusesWithInvalidRefreshToken_onAccessToken() {
    // Arrange
    String accessToken = tokens.issueAccessToken(new Account(USER_ID, Role.USER, true));

    // Act
    ApiException failure = apiFailure(() -> service.refresh(accessToken));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_REFRESH_TOKEN);
    verifyNoInteractions(refreshTokens);
    verify(users, never()).findAccount(any());
  }

  @Test
  void refresh_refusesWithInvalidRefreshToken_onUnknownRow() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    when(refreshTokens.findByHashForUpdate(TokenService.sha256Hex(token)))
        .thenReturn(Optional.empty());

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_REFRESH_TOKEN);
    verify(refreshTokens, never()).insert(any());
  }

  @Test
  void refresh_refusesWithInvalidRefreshToken_onRowOfAnotherUser() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row = rowFor(token, OTHER_USER_ID);
    storedRefreshToken(row, token);

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_REFRESH_TOKEN);
    assertThat(row.isSpent()).isFalse();
    verify(refreshTokens, never()).revokeFamily(any(), any());
    verify(refreshTokens, never()).insert(any());
  }

  @Test
  void refresh_refusesWithInvalidRefreshToken_onDeletedUser() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row = rowFor(token, USER_ID);
    storedRefreshToken(row, token);
    when(users.findAccount(USER_ID)).thenReturn(Optional.empty());

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_REFRESH_TOKEN);
    verify(refreshTokens, never()).insert(any());
  }

  @Test
  void refresh_refusesWithUserInactiveAndKeepsTokenUnspent_onInactiveAccount() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    RefreshToken row = rowFor(token, USER_ID);
    storedRefreshToken(row, token);
    when(users.findAccount(USER_ID))
        .thenReturn(Optional.of(new Account(USER_ID, Role.USER, false)));

    // Act
    ApiException failure = apiFailure(() -> service.refresh(token));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.USER_INACTIVE);
    assertThat(failure.details()).isEqualTo(Map.of("user_id", USER_ID.toString()));
    assertThat(row.isSpent()).isFalse();
    verify(refreshTokens, never()).insert(any());
  }

  @Test
  void refresh_issuesAccessTokenWithCurrentRole_onAccountPromotedSinceLogin() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    storedRefreshToken(rowFor(token, USER_ID), token);
    when(users.findAccount(USER_ID))
        .thenReturn(Optional.of(new Account(USER_ID, Role.ADMIN, true)));

    // Act
    TokenPairResponse pair = service.refresh(token);

    // Assert
    String payload = pair.accessToken().split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    JsonObject claims = Json.createReader(new StringReader(json)).readObject();
    assertThat(claims.getString("user_role")).isEqualTo("admin");
  }

  @Test
  void login_issuesTokensAndStoresHashedRefreshTokenInNewFamily_onValidCredentials() {
    // Arrange
    User user = User.register("New.User@example.com", "hash", NOW_UTC);
    LoginRequest request = new LoginRequest("New.User@example.com", "Str0ng!Pass");
    when(users.authenticate("New.User@example.com", "Str0ng!Pass")).thenReturn(user);

    // Act
    TokenPairResponse pair = service.login(request);

    // Assert
    assertThat(pair.tokenType()).isEqualTo("bearer");
    assertThat(tokens.verifyAccessToken(pair.accessToken())).isEqualTo(user.id());
    assertThat(tokens.verifyRefreshToken(pair.refreshToken())).isEqualTo(user.id());
    RefreshToken row = insertedRow();
    assertThat(row.userId()).isEqualTo(user.id());
    assertThat(row.familyId()).isNotNull();
    assertThat(row.isSpent()).isFalse();
    assertThat(row).extracting("tokenHash").isEqualTo(TokenService.sha256Hex(pair.refreshToken()));
    assertThat(row).extracting("issuedAt").isEqualTo(NOW_UTC);
  }

  @Test
  void login_startsANewFamily_onEveryLogin() {
    // Arrange
    User user = User.register("New.User@example.com", "hash", NOW_UTC);
    LoginRequest request = new LoginRequest("New.User@example.com", "Str0ng!Pass");
    when(users.authenticate("New.User@example.com", "Str0ng!Pass")).thenReturn(user);

    // Act
    service.login(request);
    service.login(request);

    // Assert
    ArgumentCaptor<RefreshToken> inserted = ArgumentCaptor.forClass(RefreshToken.class);
    verify(refreshTokens, times(2)).insert(inserted.capture());
    List<RefreshToken> rows = inserted.getAllValues();
    assertThat(rows.get(0).familyId()).isNotEqualTo(rows.get(1).familyId());
  }

  @Test
  void login_issuesNothing_onRefusedCredentials() {
    // Arrange
    when(users.authenticate("New.User@example.com", "wrong"))
        .thenThrow(new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid email or password."));

    // Act
    ApiException failure =
        apiFailure(() -> service.login(new LoginRequest("New.User@example.com", "wrong")));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    verifyNoInteractions(refreshTokens);
  }

  @Test
  void logout_revokesTheFamily_onKnownToken() {
    // Arrange
    String token = tokens.issueRefreshToken(USER_ID).token();
    when(refreshTokens.findByHash(TokenService.sha256Hex(token)))
        .thenReturn(Optional.of(rowFor(token, USER_ID)));

    // Act
    service.logout(token);

    // Assert
    verify(refreshTokens).revokeFamily(FAMILY, NOW_UTC);
  }

  @Test
  void logout_doesNothing_onUnknownToken() {
    // Arrange
    when(refreshTokens.findByHash(TokenService.sha256Hex("unknown"))).thenReturn(Optional.empty());

    // Act
    service.logout("unknown");

    // Assert
    verify(refreshTokens, never()).revokeFamily(any(), any());
    verify(refreshTokens, never()).insert(any());
  }
}
