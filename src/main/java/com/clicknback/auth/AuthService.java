package com.clicknback.auth;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.logging.AppLoggers;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.TokenRejectedException;
import com.clicknback.shared.security.TokenService;
import com.clicknback.shared.security.TokenService.IssuedRefreshToken;
import com.clicknback.users.User;
import com.clicknback.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Login, refresh-token rotation with reuse detection, and logout (spec 01 §3–4, 99 S3–S6). Every
 * login starts a token family; a refresh spends its token and issues the next of the family;
 * presenting a spent token again revokes the whole family.
 */
@ApplicationScoped
public class AuthService {

  private static final Logger SECURITY = AppLoggers.get("com.clicknback.security");

  @Inject UserService users;
  @Inject TokenService tokens;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject Clock clock;

  @Transactional
  public TokenPairResponse login(LoginRequest request) {
    User user = users.authenticate(request.email(), request.password());
    return issue(user.account(), UUID.randomUUID());
  }

  /** Rotates a refresh token. The row lock makes a token single-use under concurrency. */
  @Transactional(dontRollbackOn = TokenRevokedException.class)
  public TokenPairResponse refresh(String token) {
    UUID userId;
    try {
      userId = tokens.verifyRefreshToken(token);
    } catch (TokenRejectedException e) {
      throw e.isExpired() ? expiredRefreshToken() : invalidRefreshToken();
    }
    RefreshToken stored =
        refreshTokens
            .findByHashForUpdate(TokenService.sha256Hex(token))
            .filter(row -> row.userId().equals(userId))
            .orElseThrow(AuthService::invalidRefreshToken);
    OffsetDateTime now = now();
    if (stored.isSpent()) {
      int revoked = refreshTokens.revokeFamily(stored.familyId(), now);
      SECURITY.warning(
          () ->
              "Refresh token reuse for user_id "
                  + userId
                  + ": revoked "
                  + revoked
                  + " token(s) of family "
                  + stored.familyId());
      throw new TokenRevokedException();
    }
    if (stored.isExpiredAt(now)) {
      throw expiredRefreshToken();
    }
    Account account = users.findAccount(userId).orElseThrow(AuthService::invalidRefreshToken);
    if (!account.active()) {
      throw UserService.inactive(userId);
    }
    stored.markUsed(now);
    return issue(account, stored.familyId());
  }

  /** Revokes the token's family; unknown tokens are fine (idempotent). */
  @Transactional
  public void logout(String token) {
    refreshTokens
        .findByHash(TokenService.sha256Hex(token))
        .ifPresent(row -> refreshTokens.revokeFamily(row.familyId(), now()));
  }

  private TokenPairResponse issue(Account account, UUID familyId) {
    IssuedRefreshToken refresh = tokens.issueRefreshToken(account.id());
    refreshTokens.insert(
        new RefreshToken(
            account.id(),
            familyId,
            TokenService.sha256Hex(refresh.token()),
            refresh.issuedAt().atOffset(ZoneOffset.UTC),
            refresh.expiresAt().atOffset(ZoneOffset.UTC)));
    return TokenPairResponse.of(tokens.issueAccessToken(account), refresh.token());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  static ApiException invalidRefreshToken() {
    return new ApiException(ErrorCode.INVALID_REFRESH_TOKEN, "Invalid or expired refresh token.");
  }

  private static ApiException expiredRefreshToken() {
    return new ApiException(
        ErrorCode.EXPIRED_REFRESH_TOKEN, "Refresh token has expired. Please log in again.");
  }
}
