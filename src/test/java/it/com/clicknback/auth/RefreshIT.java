package it.com.clicknback.auth;

import static it.com.clicknback.support.Accounts.forgeHs256;
import static it.com.clicknback.support.Accounts.logout;
import static it.com.clicknback.support.Accounts.me;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.Accounts.refresh;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class RefreshIT {

  private static String code(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    return error(response).getString("code");
  }

  @Test
  void refresh_returnsNewWorkingPair_onFreshToken() {
    // Arrange
    Session session = newSession();

    // Act
    HttpResponse<String> response = refresh(session.refreshToken());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    String access = json(response).getString("access_token");
    assertThat(json(response).getString("refresh_token")).isNotEqualTo(session.refreshToken());
    assertThat(me("Bearer " + access).statusCode()).isEqualTo(200);
  }

  @Test
  void refresh_revokesWholeFamily_onReuseOfSpentToken() {
    // Arrange
    Session session = newSession();
    Session otherLogin = newSession();
    String next = json(refresh(session.refreshToken())).getString("refresh_token");

    // Act
    HttpResponse<String> reuse = refresh(session.refreshToken());
    HttpResponse<String> descendant = refresh(next);
    HttpResponse<String> unrelated = refresh(otherLogin.refreshToken());

    // Assert
    assertThat(code(reuse)).isEqualTo("TOKEN_REVOKED");
    assertThat(error(reuse).getString("message"))
        .isEqualTo("Refresh token has been revoked. Please log in again.");
    assertThat(code(descendant)).isEqualTo("TOKEN_REVOKED");
    assertThat(unrelated.statusCode()).isEqualTo(200);
  }

  @Test
  void refresh_succeedsExactlyOnce_onParallelUseOfOneToken() throws Exception {
    // Arrange
    Session session = newSession();
    int parallel = 12;

    // Act
    List<Integer> statuses =
        Parallel.times(parallel, () -> refresh(session.refreshToken()).statusCode());

    // Assert
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 401).hasSize(parallel - 1);
  }

  @Test
  void refresh_returnsExpiredRefreshToken_onPastExpiry() {
    // Arrange
    Session session = newSession();
    String expired =
        forgeHs256(
            Json.createObjectBuilder()
                .add("user_id", session.userId())
                .add("token_type", "refresh")
                .add("jti", "x")
                .add("exp", Instant.now().minusSeconds(5).getEpochSecond())
                .build());

    // Act
    HttpResponse<String> response = refresh(expired);

    // Assert
    assertThat(code(response)).isEqualTo("EXPIRED_REFRESH_TOKEN");
    assertThat(error(response).getString("message"))
        .isEqualTo("Refresh token has expired. Please log in again.");
  }

  @Test
  void refresh_returnsInvalidRefreshToken_onAccessTokenOrGarbageOrUnknownToken() {
    // Arrange
    Session session = newSession();
    String unknown =
        forgeHs256(
            Json.createObjectBuilder()
                .add("user_id", session.userId())
                .add("token_type", "refresh")
                .add("jti", "never-issued")
                .add("exp", Instant.now().plusSeconds(600).getEpochSecond())
                .build());

    // Act & Assert
    assertThat(code(refresh(session.accessToken()))).isEqualTo("INVALID_REFRESH_TOKEN");
    assertThat(code(refresh("garbage"))).isEqualTo("INVALID_REFRESH_TOKEN");
    assertThat(code(refresh(unknown))).isEqualTo("INVALID_REFRESH_TOKEN");
  }

  @Test
  void refresh_returnsUserInactive_onDeactivatedUser() throws Exception {
    // Arrange
    Session session = newSession();
    Accounts.setActive(session.userId(), false);

    // Act
    HttpResponse<String> response = refresh(session.refreshToken());

    // Assert
    assertThat(code(response)).isEqualTo("USER_INACTIVE");
  }

  @Test
  void refresh_returns422_onMissingOrNonStringToken() {
    // Act
    HttpResponse<String> missing = send("POST", "/api/v1/auth/refresh", "{}");
    HttpResponse<String> notString =
        send("POST", "/api/v1/auth/refresh", "{\"refresh_token\": {}}");

    // Assert
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(error(missing).getJsonObject("details").getJsonArray("violations").toString())
        .contains("\"field\":\"refresh_token\"");
    assertThat(notString.statusCode()).isEqualTo(422);
  }

  @Test
  void logout_revokesFamilyAndIsIdempotent_always() {
    // Arrange
    Session session = newSession();
    String next = json(refresh(session.refreshToken())).getString("refresh_token");

    // Act
    HttpResponse<String> first = logout(next);
    HttpResponse<String> again = logout(next);
    HttpResponse<String> unknown = logout("not-a-token");

    // Assert
    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(again.statusCode()).isEqualTo(204);
    assertThat(unknown.statusCode()).isEqualTo(204);
    assertThat(code(refresh(next))).isEqualTo("TOKEN_REVOKED");
  }
}
