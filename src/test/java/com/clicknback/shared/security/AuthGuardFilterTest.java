package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.shared.errors.ErrorEnvelope;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AuthGuardFilterTest {

  private static final String INVALID_TOKEN_MESSAGE =
      "Invalid token, or user does not have permissions to perform this action.";
  private static final UUID USER_ID = UUID.fromString("ce14a0ac-dc07-46d0-87b3-f5e12c73be2c");

  @Mock TokenService tokens;
  @Mock AccountLookup accounts;

  private AuthGuardFilter guard() {
    return new AuthGuardFilter(false, false, () -> tokens, () -> accounts, CurrentUser::new);
  }

  private AuthGuardFilter adminGuard() {
    return new AuthGuardFilter(true, false, () -> tokens, () -> accounts, CurrentUser::new);
  }

  private static ErrorEnvelope.Error errorOf(Response response) {
    return ((ErrorEnvelope) response.getEntity()).error();
  }

  private void tokenBelongsTo(String token, Account account) {
    when(tokens.verifyAccessToken(token)).thenReturn(account.id());
    when(accounts.findAccount(account.id())).thenReturn(Optional.of(account));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Basic dXNlcjpwYXNz",
        "Token abc",
        "Bearer",
        "Bearer ",
        "Bearer    ",
        "Bearerabc",
        "abc"
      })
  void decide_refusesWithInvalidToken_onMissingOrNonBearerHeader(String authorization) {
    // Act
    AuthGuardFilter.Verdict verdict = guard().decide(authorization);

    // Assert
    Response refusal = verdict.refusal();
    assertThat(verdict.account()).isNull();
    assertThat(refusal.getStatus()).isEqualTo(401);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(errorOf(refusal))
        .isEqualTo(new ErrorEnvelope.Error("INVALID_TOKEN", INVALID_TOKEN_MESSAGE, Map.of()));
    verifyNoInteractions(tokens, accounts);
  }

  @Test
  void decide_refusesWithExpiredToken_onExpiredAccessToken() {
    // Arrange
    when(tokens.verifyAccessToken("old")).thenThrow(new TokenRejectedException(true));

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide("Bearer old");

    // Assert
    Response refusal = verdict.refusal();
    assertThat(refusal.getStatus()).isEqualTo(401);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(errorOf(refusal))
        .isEqualTo(
            new ErrorEnvelope.Error(
                "EXPIRED_TOKEN", "Access token has expired. Please refresh your token.", Map.of()));
    verifyNoInteractions(accounts);
  }

  @Test
  void decide_refusesWithInvalidToken_onRejectedAccessToken() {
    // Arrange
    when(tokens.verifyAccessToken("forged")).thenThrow(new TokenRejectedException(false));

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide("Bearer forged");

    // Assert
    Response refusal = verdict.refusal();
    assertThat(refusal.getStatus()).isEqualTo(401);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(errorOf(refusal))
        .isEqualTo(new ErrorEnvelope.Error("INVALID_TOKEN", INVALID_TOKEN_MESSAGE, Map.of()));
    verifyNoInteractions(accounts);
  }

  @Test
  void decide_refusesWithInvalidToken_onUnknownUser() {
    // Arrange
    when(tokens.verifyAccessToken("tok")).thenReturn(USER_ID);
    when(accounts.findAccount(USER_ID)).thenReturn(Optional.empty());

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide("Bearer tok");

    // Assert
    Response refusal = verdict.refusal();
    assertThat(refusal.getStatus()).isEqualTo(401);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(errorOf(refusal))
        .isEqualTo(new ErrorEnvelope.Error("INVALID_TOKEN", INVALID_TOKEN_MESSAGE, Map.of()));
  }

  @Test
  void decide_refusesWithUserInactive_onInactiveAccount() {
    // Arrange
    tokenBelongsTo("tok", new Account(USER_ID, Role.USER, false));

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide("Bearer tok");

    // Assert
    Response refusal = verdict.refusal();
    assertThat(refusal.getStatus()).isEqualTo(401);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(errorOf(refusal))
        .isEqualTo(
            new ErrorEnvelope.Error(
                "USER_INACTIVE",
                "User account is inactive.",
                Map.of("user_id", USER_ID.toString())));
  }

  @Test
  void decide_refusesWithUserInactive_onInactiveAdminAtAdminEndpoint() {
    // Arrange
    tokenBelongsTo("tok", new Account(USER_ID, Role.ADMIN, false));

    // Act
    AuthGuardFilter.Verdict verdict = adminGuard().decide("Bearer tok");

    // Assert
    assertThat(verdict.refusal().getStatus()).isEqualTo(401);
    assertThat(errorOf(verdict.refusal()).code()).isEqualTo("USER_INACTIVE");
  }

  @Test
  void decide_allowsWithAccount_onActiveUser() {
    // Arrange
    Account account = new Account(USER_ID, Role.USER, true);
    tokenBelongsTo("tok", account);

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide("Bearer tok");

    // Assert
    assertThat(verdict.refusal()).isNull();
    assertThat(verdict.account()).isEqualTo(account);
  }

  @Test
  void decide_refusesWithForbiddenAndNoChallenge_onUserAtAdminEndpoint() {
    // Arrange
    tokenBelongsTo("tok", new Account(USER_ID, Role.USER, true));

    // Act
    AuthGuardFilter.Verdict verdict = adminGuard().decide("Bearer tok");

    // Assert
    Response refusal = verdict.refusal();
    assertThat(verdict.account()).isNull();
    assertThat(refusal.getStatus()).isEqualTo(403);
    assertThat(refusal.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(errorOf(refusal).code()).isEqualTo("FORBIDDEN");
    assertThat(errorOf(refusal).details())
        .isEqualTo(Map.of("required_role", "admin", "current_role", "user"));
  }

  @Test
  void decide_allowsWithAccount_onAdminAtAdminEndpoint() {
    // Arrange
    Account admin = new Account(USER_ID, Role.ADMIN, true);
    tokenBelongsTo("tok", admin);

    // Act
    AuthGuardFilter.Verdict verdict = adminGuard().decide("Bearer tok");

    // Assert
    assertThat(verdict.refusal()).isNull();
    assertThat(verdict.account()).isEqualTo(admin);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bearer tok", "BEARER tok", "BeArEr tok", "Bearer tok  "})
  void decide_acceptsBearerScheme_onAnyCaseAndSurroundingSpaces(String authorization) {
    // Arrange
    Account account = new Account(USER_ID, Role.USER, true);
    tokenBelongsTo("tok", account);

    // Act
    AuthGuardFilter.Verdict verdict = guard().decide(authorization);

    // Assert
    assertThat(verdict.account()).isEqualTo(account);
  }
}
