package it.com.clicknback.reliability;

import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Malformed input against every endpoint that reads a body: each answer is a 4xx with the error
 * envelope, never a 500 and never a hang.
 */
@MicroShedTest
class BadInputIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  /** Endpoints that read a JSON body (method, path; a path may name a random id). */
  private static final List<String[]> ENDPOINTS =
      List.of(
          new String[] {"POST", "/api/v1/users"},
          new String[] {"POST", "/api/v1/auth/login"},
          new String[] {"POST", "/api/v1/auth/refresh"},
          new String[] {"POST", "/api/v1/auth/logout"},
          new String[] {"POST", "/api/v1/merchants"},
          new String[] {"PATCH", "/api/v1/merchants/" + UUID.randomUUID() + "/status"},
          new String[] {"POST", "/api/v1/offers"},
          new String[] {"PATCH", "/api/v1/offers/" + UUID.randomUUID() + "/status"},
          new String[] {"PUT", "/api/v1/feature-flags/bad-input-flag"},
          new String[] {"POST", "/api/v1/purchases"},
          new String[] {"POST", "/api/v1/users/payouts"},
          new String[] {"POST", "/api/v1/users/wallet/withdraw"},
          new String[] {"PATCH", "/api/v1/admin/payouts/" + UUID.randomUUID() + "/process"});

  private static String deepJson(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** Bodies no endpoint accepts, as raw bytes with a description. */
  private static List<Object[]> payloads() {
    List<Object[]> payloads = new ArrayList<>();
    String[] texts = {
      "{",
      "{\"a\": }",
      "[]",
      "\"just a string\"",
      "12345",
      "null",
      "{\"name\": 1e999, \"default_cashback_percentage\": 1e999}",
      "{\"email\": {}, \"password\": [], \"name\": true, \"status\": 7}",
      "{\"email\": \"x' OR '1'='1\", \"password\": \"<script>alert(1)</script>\"}",
      "{\"merchant_id\": \"not-a-uuid\", \"cashback_type\": \"percent\", \"cashback_value\":"
          + " -5, \"start_date\": \"2026-13-45\", \"end_date\": \"x\", \"monthly_cap\": \"lots\"}",
      "{\"status\": \"ACTIVE\", \"enabled\": \"maybe\", \"scope_type\": \"planet\"}",
      "{\"refresh_token\": [\"x\"], \"email\": \"" + "z".repeat(20_000) + "\"}",
      "{\"default_cashback_percentage\": 0.0000000000000000000000000001, \"active\": \"perhaps\"}",
      deepJson(5_000),
      "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)
    };
    for (String text : texts) {
      payloads.add(
          new Object[] {
            text.length() > 40 ? text.substring(0, 40) + "…" : text,
            text.getBytes(StandardCharsets.UTF_8)
          });
    }
    payloads.add(
        new Object[] {
          "invalid UTF-8",
          new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}
        });
    payloads.add(
        new Object[] {
          "NUL bytes",
          "{\"name\": \"a\u0000b\", \"email\": \"a\u0000@x.com\"}".getBytes(StandardCharsets.UTF_8)
        });
    return payloads;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] endpoint : ENDPOINTS) {
      for (Object[] payload : payloads()) {
        cases.add(Arguments.of(endpoint[0], endpoint[1], payload[0], payload[1]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} with {2}")
  @MethodSource("cases")
  void endpoint_answers4xxEnvelope_onMalformedBody(
      String method, String path, String description, byte[] body) {
    // Arrange
    HttpRequest.Builder builder =
        request(path)
            .header("Authorization", "Bearer " + admin.accessToken())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));

    // Act
    HttpResponse<String> response = send(builder);

    // Assert
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    JsonObject error = json(response).getJsonObject("error");
    assertThat(error.getString("code")).isNotBlank();
    assertThat(error.getString("message")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
  }

  @ParameterizedTest(name = "{0} {1} as text/plain")
  @MethodSource("endpoints")
  void endpoint_answers415Envelope_onWrongContentType(String method, String path) {
    // Act
    HttpResponse<String> response =
        send(
            request(path)
                .header("Authorization", "Bearer " + admin.accessToken())
                .header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("hello")));

    // Assert
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(json(response).getJsonObject("error").getString("code"))
        .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  static Stream<Arguments> endpoints() {
    return ENDPOINTS.stream().map(e -> Arguments.of(e[0], e[1]));
  }
}
