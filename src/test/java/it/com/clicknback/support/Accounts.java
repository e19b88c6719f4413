package it.com.clicknback.support;

import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Users and tokens for integration tests: every test makes its own, with unique emails. */
public final class Accounts {

  public static final String PASSWORD = "Str0ng!Pass";

  private Accounts() {}

  public static String uniqueEmail() {
    return "it-" + UUID.randomUUID() + "@example.com";
  }

  public static HttpResponse<String> register(String email, String password) {
    return send("POST", "/api/v1/users", body("email", email, "password", password));
  }

  public static HttpResponse<String> login(String email, String password) {
    return send("POST", "/api/v1/auth/login", body("email", email, "password", password));
  }

  public static HttpResponse<String> refresh(String refreshToken) {
    return send("POST", "/api/v1/auth/refresh", body("refresh_token", refreshToken));
  }

  public static HttpResponse<String> logout(String refreshToken) {
    return send("POST", "/api/v1/auth/logout", body("refresh_token", refreshToken));
  }

  public static HttpResponse<String> me(String authorization) {
    var builder = request("/api/v1/users/me").GET();
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return send(builder);
  }

  /** A registered user, logged in: its id and first token pair. */
  public record Session(String email, String userId, String accessToken, String refreshToken) {}

  public static Session newSession() {
    String email = uniqueEmail();
    HttpResponse<String> registered = register(email, PASSWORD);
    assertThat(registered.statusCode()).isEqualTo(201);
    JsonObject tokens = json(login(email, PASSWORD));
    return new Session(
        email,
        json(registered).getString("id"),
        tokens.getString("access_token"),
        tokens.getString("refresh_token"));
  }

  /** A logged-in admin: registered, promoted in the database (no API does that), logged in. */
  public static Session newAdminSession() throws SQLException {
    String email = uniqueEmail();
    HttpResponse<String> registered = register(email, PASSWORD);
    assertThat(registered.statusCode()).isEqualTo(201);
    String userId = json(registered).getString("id");
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement update =
            connection.prepareStatement("UPDATE users SET role = 'admin' WHERE id = ?::uuid")) {
      update.setString(1, userId);
      update.executeUpdate();
    }
    JsonObject tokens = json(login(email, PASSWORD));
    return new Session(
        email, userId, tokens.getString("access_token"), tokens.getString("refresh_token"));
  }

  /** Changes a user directly in the database, as an operator would. */
  public static void setActive(String userId, boolean active) throws SQLException {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement update =
            connection.prepareStatement("UPDATE users SET active = ? WHERE id = ?::uuid")) {
      update.setBoolean(1, active);
      update.setString(2, userId);
      update.executeUpdate();
    }
  }

  /** A token signed with the test server's key (or any header), for edge cases. */
  public static String forge(String headerJson, JsonObject claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              System.getProperty("clicknback.test.hashKey").getBytes(StandardCharsets.UTF_8),
              "HmacSHA256"));
      return input
          + "."
          + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String forgeHs256(JsonObject claims) {
    return forge("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims);
  }

  private static String body(String... keysAndValues) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      builder.add(keysAndValues[i], keysAndValues[i + 1]);
    }
    return builder.build().toString();
  }
}
