package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ErrorEnvelopeIT {

  @Test
  void unknownApiPath_returns404Envelope_withRequestId() {
    // Act
    HttpResponse<String> response = get("/api/v1/no-such-thing");

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("NOT_FOUND");
    assertThat(error.getString("message")).isNotBlank();
    assertThat(error.getJsonObject("details").getString("path")).isEqualTo("/api/v1/no-such-thing");
    assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
  }

  @Test
  void unknownPathOutsideApi_returns404Envelope_notHtml() {
    // Act
    HttpResponse<String> response = get("/no-such-page");

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("<html");
    assertThat(error(response).getString("code")).isEqualTo("NOT_FOUND");
  }

  @Test
  void wrongMethod_returns405EnvelopeWithAllow_onKnownApiPath() {
    // Act
    HttpResponse<String> response = send("DELETE", "/api/v1", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(error.getJsonObject("details").getJsonArray("allowed_methods").toString())
        .contains("\"GET\"");
  }

  @Test
  void wrongMethod_returns405Envelope_onServletPath() {
    // Act
    HttpResponse<String> response = send("POST", "/docs", "{}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(error(response).getString("code")).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void malformedJson_returns422WithOffset_onBrokenBody() {
    // Act
    HttpResponse<String> response = send("POST", "/api/v1/users", "{\"email\": }");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error.getString("message")).isEqualTo("Request validation failed.");
    assertThat(error.getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo("[{\"field\":\"10\",\"reason\":\"JSON decode error\"}]");
  }

  @Test
  void missingBody_returns422NamingBody_onEmptyRequest() {
    // Act
    HttpResponse<String> response = send("POST", "/api/v1/auth/login", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo("[{\"field\":\"body\",\"reason\":\"Field required\"}]");
  }

  @Test
  void wrongType_returns422NamingField_onObjectForString() {
    // Act
    HttpResponse<String> response =
        send("POST", "/api/v1/auth/login", "{\"email\": \"a@example.com\", \"password\": {}}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getJsonObject("details").getJsonArray("violations").toString())
        .contains("\"field\":\"password\"");
  }

  @Test
  void oversizedBody_returns413Envelope_onBodyOverLimit() {
    // Arrange
    String huge = "{\"email\": \"" + "a".repeat(100_000) + "@example.com\", \"password\": \"x\"}";

    // Act
    HttpResponse<String> response = send("POST", "/api/v1/users", huge);

    // Assert
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(error(response).getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void apiIndex_returnsNameAndLinks_withOrWithoutTrailingSlash() {
    // Act
    HttpResponse<String> bare = get("/api/v1");
    HttpResponse<String> slash = get("/api/v1/");

    // Assert
    assertThat(bare.statusCode()).isEqualTo(200);
    assertThat(slash.statusCode()).isEqualTo(200);
    assertThat(bare.body()).isEqualTo(slash.body()).contains("\"docs\":\"/openapi/ui\"");
  }
}
