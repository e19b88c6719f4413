package it.com.clicknback.payouts;

import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Every payout endpoint is in the OpenAPI document with its responses (99 D2). */
@MicroShedTest
class PayoutOpenApiIT {

  private static JsonObject operation(JsonObject paths, String path, String method) {
    JsonObject item = paths.getJsonObject(path);
    assertThat(item).as(path).isNotNull();
    JsonObject operation = item.getJsonObject(method);
    assertThat(operation).as(method + " " + path).isNotNull();
    assertThat(operation.getString("summary")).isNotBlank();
    assertThat(operation.getJsonArray("security").toString()).contains("bearerAuth");
    return operation;
  }

  @Test
  void openapi_documentsEveryPayoutEndpoint_always() {
    // Arrange
    HttpResponse<String> response =
        send(request("/openapi").header("Accept", "application/json").GET());

    // Act
    JsonObject document = json(response);
    JsonObject paths = document.getJsonObject("paths");

    // Assert
    assertThat(operation(paths, "/api/v1/users/payouts", "post").getJsonObject("responses"))
        .containsKeys("201", "400", "401", "409", "422");
    assertThat(operation(paths, "/api/v1/users/payouts", "get").getJsonObject("responses"))
        .containsKeys("200", "400", "401");
    assertThat(operation(paths, "/api/v1/users/wallet/withdraw", "post").getJsonObject("responses"))
        .containsKeys("201", "400", "401", "409", "422");
    assertThat(operation(paths, "/api/v1/admin/payouts", "get").getJsonObject("responses"))
        .containsKeys("200", "400", "401", "403");
    assertThat(
            operation(paths, "/api/v1/admin/payouts/{payout_id}/process", "patch")
                .getJsonObject("responses"))
        .containsKeys("200", "400", "401", "403", "404");
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("PayoutCreated").getJsonObject("properties"))
        .containsKeys("id", "status", "amount", "method", "details", "requested_at");
    assertThat(schemas.getJsonObject("PayoutRequest").getJsonObject("properties"))
        .containsKeys("amount", "method", "details");
  }
}
