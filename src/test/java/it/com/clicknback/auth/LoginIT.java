package it.com.clicknback.auth;

import static it.com.clicknback.support.Accounts.PASSWORD;
import static it.com.clicknback.support.Accounts.login;
import static it.com.clicknback.support.Accounts.me;
import static it.com.clicknback.support.Accounts.register;
import static it.com.clicknback.support.Accounts.uniqueEmail;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class LoginIT {

  @Test
  void login_returnsBearerTokenPair_onValidCredentials() {
    // Arrange
    String email = uniqueEmail();
    register(email, PASSWORD);

    // Act
    HttpResponse<String> response = login(email, PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject tokens = json(response);
    assertThat(tokens.getString("token_type")).isEqualTo("bearer");
    assertThat(tokens.getString("access_token").split("\\.")).hasSize(3);
    assertThat(tokens.getString("refresh_token").split("\\.")).hasSize(3);
    assertThat(me("Bearer " + tokens.getString("access_token")).statusCode()).isEqualTo(200);
  }

  @Test
  void login_matchesDomainCaseInsensitively_onUpperCaseDomain() {
    // Arrange
    String email = uniqueEmail();
    register(email, PASSWORD);

    // Act
    HttpResponse<String> response = login(email.replace("example.com", "EXAMPLE.com"), PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void login_answersIdentically_onWrongPasswordAndUnknownEmail() {
    // Arrange
    String email = uniqueEmail();
    register(email, PASSWORD);

    // Act
    HttpResponse<String> wrongPassword = login(email, "Wr0ng!Pass");
    HttpResponse<String> unknownEmail = login(uniqueEmail(), PASSWORD);

    // Assert
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownEmail.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    assertThat(error(wrongPassword).getString("code")).isEqualTo("INVALID_CREDENTIALS");
    assertThat(error(wrongPassword).getString("message")).isEqualTo("Invalid email or password.");
    assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void login_returns401UserInactive_onDeactivatedUser() throws Exception {
    // Arrange
    String email = uniqueEmail();
    String userId = json(register(email, PASSWORD)).getString("id");
    Accounts.setActive(userId, false);

    // Act
    HttpResponse<String> response = login(email, PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response).getString("code")).isEqualTo("USER_INACTIVE");
  }

  @Test
  void login_returns422_onMalformedJson() {
    // Act
    HttpResponse<String> response = send("POST", "/api/v1/auth/login", "{\"email\": ");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject violation =
        error(response).getJsonObject("details").getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("reason")).isEqualTo("JSON decode error");
    assertThat(violation.getString("field")).matches("\\d+");
  }
}
