package it.com.clicknback.users;

import static it.com.clicknback.support.Accounts.PASSWORD;
import static it.com.clicknback.support.Accounts.register;
import static it.com.clicknback.support.Accounts.uniqueEmail;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class RegistrationIT {

  @Test
  void register_returns201ActiveUser_onValidBody() {
    // Arrange
    String email = uniqueEmail();

    // Act
    HttpResponse<String> response = register(email, PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject user = json(response);
    assertThat(UUID.fromString(user.getString("id"))).isNotNull();
    assertThat(user.getString("email")).isEqualTo(email);
    assertThat(user.getString("role")).isEqualTo("user");
    assertThat(user.getBoolean("active")).isTrue();
    assertThat(user.getString("created_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z");
    assertThat(user).doesNotContainKeys("password", "hashed_password");
  }

  @Test
  void register_ignoresRoleAndActive_onClientSuppliedValues() {
    // Arrange
    String body =
        "{\"email\":\"%s\",\"password\":\"%s\",\"role\":\"admin\",\"active\":false}"
            .formatted(uniqueEmail(), PASSWORD);

    // Act
    HttpResponse<String> response = send("POST", "/api/v1/users/", body);

    // Assert
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).getString("role")).isEqualTo("user");
    assertThat(json(response).getBoolean("active")).isTrue();
  }

  @Test
  void register_lowerCasesDomainOnly_onMixedCaseEmail() {
    // Arrange
    String local = "New.User." + UUID.randomUUID().toString().substring(0, 8);

    // Act
    HttpResponse<String> response = register("  " + local + "@Example.COM ", PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).getString("email")).isEqualTo(local + "@example.com");
  }

  @Test
  void register_returns409_onDuplicateEmail() {
    // Arrange
    String email = uniqueEmail();
    register(email, PASSWORD);

    // Act
    HttpResponse<String> response = register(email, PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("EMAIL_ALREADY_REGISTERED");
    assertThat(error.getString("message"))
        .isEqualTo("Email '" + email + "' is already registered.");
    assertThat(error.getJsonObject("details").getString("email")).isEqualTo(email);
  }

  @Test
  void register_returns400WithFirstRule_onWeakPasswordEvenIfEmailTaken() {
    // Arrange
    String email = uniqueEmail();
    register(email, PASSWORD);

    // Act
    HttpResponse<String> response = register(email, "Password1");

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("PASSWORD_NOT_COMPLEX_ENOUGH");
    assertThat(error.getString("message"))
        .isEqualTo("Password does not meet complexity requirements.");
    JsonObject violation =
        error.getJsonObject("details").getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("field")).isEqualTo("password");
    assertThat(violation.getString("reason"))
        .isEqualTo("Password must contain at least one special character.");
  }

  @Test
  void register_returns422ListingEveryField_onEmptyObject() {
    // Act
    HttpResponse<String> response = send("POST", "/api/v1/users", "{}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error.getString("message")).isEqualTo("Request validation failed.");
    assertThat(error.getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo(
            "[{\"field\":\"email\",\"reason\":\"Field required\"},"
                + "{\"field\":\"password\",\"reason\":\"Field required\"}]");
  }

  @Test
  void register_returns422_onInvalidEmail() {
    // Act
    HttpResponse<String> response = register("not-an-email", PASSWORD);

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject violation =
        error(response).getJsonObject("details").getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("field")).isEqualTo("email");
    assertThat(violation.getString("reason")).startsWith("value is not a valid email address");
  }

  @Test
  void register_neverAnswers500_onConcurrentDuplicateEmails() throws Exception {
    // Arrange
    String email = uniqueEmail();

    // Act
    List<Integer> statuses = Parallel.times(8, () -> register(email, PASSWORD).statusCode());

    // Assert
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
  }
}
