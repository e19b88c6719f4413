package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class RequestIdIT {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void requestId_isEchoed_onSaneClientHeader() {
    // Arrange
    String clientId = "client-trace.42";

    // Act
    HttpResponse<String> response = send(request("/api/v1").header("X-Request-ID", clientId).GET());

    // Assert
    assertThat(response.headers().firstValue("X-Request-ID")).hasValue(clientId);
  }

  @Test
  void requestId_isGenerated_onMissingHeader() {
    // Act
    HttpResponse<String> response = get("/api/v1");

    // Assert
    assertThat(response.headers().firstValue("X-Request-ID"))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
  }

  @Test
  void requestId_isReplaced_onUnsafeClientHeader() {
    // Arrange
    String unsafe = "x".repeat(300);

    // Act
    HttpResponse<String> response = send(request("/api/v1").header("X-Request-ID", unsafe).GET());

    // Assert
    assertThat(response.headers().firstValue("X-Request-ID"))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
  }

  @Test
  void requestId_isOnErrorResponses_onUnknownPath() {
    // Act
    HttpResponse<String> response =
        send(request("/api/v1/missing").header("X-Request-ID", "abc-123").GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Request-ID")).hasValue("abc-123");
    assertThat(error(response).getString("code")).isEqualTo("NOT_FOUND");
  }
}
