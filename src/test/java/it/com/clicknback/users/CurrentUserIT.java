package it.com.clicknback.users;

import static it.com.clicknback.support.Accounts.forge;
import static it.com.clicknback.support.Accounts.forgeHs256;
import static it.com.clicknback.support.Accounts.me;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** {@code GET /api/v1/users/me} and, through it, every decision of the auth guard. */
@MicroShedTest
class CurrentUserIT {

  private static void assertRefused(HttpResponse<String> response, String code) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response).getString("code")).isEqualTo(code);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  private static JsonObject accessClaims(String userId, long exp) {
    return Json.createObjectBuilder()
        .add("user_id", userId)
        .add("user_role", "user")
        .add("token_type", "access")
        .add("exp", exp)
        .build();
  }

  @Test
  void me_returnsCallersAccount_onValidToken() {
    // Arrange
    Session session = newSession();

    // Act
    HttpResponse<String> response = me("Bearer " + session.accessToken());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject user = json(response);
    assertThat(user.getString("id")).isEqualTo(session.userId());
    assertThat(user.getString("email")).isEqualTo(session.email());
    assertThat(user.getString("role")).isEqualTo("user");
    assertThat(user.getBoolean("active")).isTrue();
    assertThat(user.getString("created_at")).endsWith("Z");
  }

  @Test
  void me_acceptsSchemeInAnyCase_onLowerCaseBearer() {
    // Arrange
    Session session = newSession();

    // Act
    HttpResponse<String> response = me("bearer " + session.accessToken());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer ", "Bearer not-a-jwt", "Basic dXNlcjpwYXNz", "Bearer a.b.c"})
  void me_returns401InvalidToken_onMissingOrMalformedCredentials(String authorization) {
    // Act
    HttpResponse<String> response = me(authorization.isEmpty() ? null : authorization);

    // Assert
    assertRefused(response, "INVALID_TOKEN");
  }

  @Test
  void me_returns401InvalidToken_onRefreshTokenUsedAsAccessToken() {
    // Arrange
    Session session = newSession();

    // Act
    HttpResponse<String> response = me("Bearer " + session.refreshToken());

    // Assert
    assertRefused(response, "INVALID_TOKEN");
  }

  @Test
  void me_returns401InvalidToken_onTamperedSignature() {
    // Arrange
    Session session = newSession();
    String token = session.accessToken();
    String tampered =
        token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

    // Act
    HttpResponse<String> response = me("Bearer " + tampered);

    // Assert
    assertRefused(response, "INVALID_TOKEN");
  }

  @Test
  void me_returns401InvalidToken_onAlgNoneOrOtherAlgorithm() {
    // Arrange
    Session session = newSession();
    JsonObject claims =
        accessClaims(session.userId(), Instant.now().plusSeconds(600).getEpochSecond());
    String none = forge("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims);
    String unsignedNone = none.substring(0, none.lastIndexOf('.') + 1);
    String hs512 = forge("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", claims);

    // Act
    HttpResponse<String> noneResponse = me("Bearer " + unsignedNone);
    HttpResponse<String> hs512Response = me("Bearer " + hs512);

    // Assert
    assertRefused(noneResponse, "INVALID_TOKEN");
    assertRefused(hs512Response, "INVALID_TOKEN");
  }

  @Test
  void me_returns401ExpiredToken_onPastExpiry() {
    // Arrange
    Session session = newSession();
    String expired =
        forgeHs256(accessClaims(session.userId(), Instant.now().minusSeconds(60).getEpochSecond()));

    // Act
    HttpResponse<String> response = me("Bearer " + expired);

    // Assert
    assertRefused(response, "EXPIRED_TOKEN");
    assertThat(error(response).getString("message"))
        .isEqualTo("Access token has expired. Please refresh your token.");
  }

  @Test
  void me_returns401InvalidToken_onUnknownUser() {
    // Arrange
    String stranger =
        forgeHs256(
            accessClaims(
                java.util.UUID.randomUUID().toString(),
                Instant.now().plusSeconds(600).getEpochSecond()));

    // Act
    HttpResponse<String> response = me("Bearer " + stranger);

    // Assert
    assertRefused(response, "INVALID_TOKEN");
  }

  @Test
  void me_returns401UserInactive_onDeactivatedUser() throws Exception {
    // Arrange
    Session session = newSession();
    Accounts.setActive(session.userId(), false);

    // Act
    HttpResponse<String> response = me("Bearer " + session.accessToken());

    // Assert
    assertRefused(response, "USER_INACTIVE");
    assertThat(error(response).getJsonObject("details").getString("user_id"))
        .isEqualTo(session.userId());
  }
}
