package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class HealthIT {

  @Test
  void live_returns200Up_always() {
    // Act
    HttpResponse<String> response = get("/health/live");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("status")).isEqualTo("UP");
  }

  @Test
  void ready_returns200WithDatabaseCheck_onMigratedDatabase() {
    // Act
    HttpResponse<String> response = get("/health/ready");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = json(response);
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
        .anySatisfy(
            check -> {
              assertThat(check.getString("name")).isEqualTo("database");
              assertThat(check.getString("status")).isEqualTo("UP");
            });
  }

  @Test
  void started_returns200Up_afterConfigurationValidated() {
    // Act
    HttpResponse<String> response = get("/health/started");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("status")).isEqualTo("UP");
  }

  @Test
  void health_returns200Up_whenAllChecksPass() {
    // Act
    HttpResponse<String> response = get("/health");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("status")).isEqualTo("UP");
  }
}
