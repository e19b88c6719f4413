package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The server runs with the development CORS settings: https://clicknback.com plus localhost. */
@MicroShedTest
class CorsIT {

  private static final String ALLOWED = "https://clicknback.com";
  private static final String REFUSED = "https://evil.example";

  private static HttpResponse<String> preflight(String origin) {
    return send(
        request("/api/v1")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void preflight_returns200WithAllowHeaders_onAllowedOrigin() {
    // Act
    HttpResponse<String> response = preflight(ALLOWED);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("OK");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValue("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("authorization, content-type");
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    assertThat(response.headers().allValues("Vary")).contains("Origin");
  }

  @Test
  void preflight_returns400WithoutAllowOrigin_onRefusedOrigin() {
    // Act
    HttpResponse<String> response = preflight(REFUSED);

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Disallowed CORS origin");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void preflight_isAllowed_onLocalhostOriginMatchingDevRegex() {
    // Act
    HttpResponse<String> response = preflight("http://localhost:3000");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:3000");
  }

  @Test
  void simpleRequest_carriesAllowOrigin_onAllowedOrigin() {
    // Act
    HttpResponse<String> response = send(request("/api/v1").header("Origin", ALLOWED).GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }

  @Test
  void simpleRequest_isServedWithoutAllowOrigin_onRefusedOrigin() {
    // Act
    HttpResponse<String> response = send(request("/api/v1").header("Origin", REFUSED).GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void errorResponse_carriesAllowOrigin_onAllowedOrigin() {
    // Act
    HttpResponse<String> response =
        send(request("/api/v1/missing").header("Origin", ALLOWED).GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }
}
