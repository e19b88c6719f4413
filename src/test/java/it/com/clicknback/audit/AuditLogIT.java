package it.com.clicknback.audit;

import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Admin actions leave audit rows that admins can read back (99 M8, M10). */
@MicroShedTest
class AuditLogIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  private static List<JsonObject> trail(String query) {
    HttpResponse<String> response =
        authorized(admin.accessToken(), "GET", "/api/v1/audit-logs?" + query, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  @Test
  void merchantChanges_leaveAuditRowsNewestFirst_always() {
    // Arrange
    String name = "Audited " + UUID.randomUUID();
    String id =
        json(authorized(
                admin.accessToken(),
                "POST",
                "/api/v1/merchants",
                "{\"name\":\"%s\",\"default_cashback_percentage\":4}".formatted(name)))
            .getString("id");
    String path = "/api/v1/merchants/" + id + "/status";
    authorized(admin.accessToken(), "PATCH", path, "{\"status\":\"inactive\"}");
    authorized(admin.accessToken(), "PATCH", path, "{\"status\":\"inactive\"}");
    authorized(admin.accessToken(), "PATCH", path, "{\"status\":\"active\"}");

    // Act
    List<JsonObject> rows = trail("resource_type=merchant&resource_id=" + id);

    // Assert
    assertThat(rows)
        .extracting(r -> r.getString("action"))
        .containsExactly("MERCHANT_ACTIVATED", "MERCHANT_DEACTIVATED", "MERCHANT_CREATED");
    JsonObject created = rows.get(2);
    assertThat(created.getString("actor_type")).isEqualTo("admin");
    assertThat(created.getString("actor_id")).isEqualTo(admin.userId());
    assertThat(created.getString("outcome")).isEqualTo("success");
    assertThat(created.getJsonObject("details").getString("name")).isEqualTo(name);
    assertThat(created.getString("occurred_at")).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+");
    assertThat(rows.get(1).getJsonObject("details").getString("previous_status"))
        .isEqualTo("active");
  }

  @Test
  void search_filtersByActorActionAndTime_always() {
    // Arrange
    authorized(
        admin.accessToken(),
        "POST",
        "/api/v1/merchants",
        "{\"name\":\"Audited %s\",\"default_cashback_percentage\":4}".formatted(UUID.randomUUID()));

    // Act
    List<JsonObject> mine = trail("actor_id=" + admin.userId() + "&action=MERCHANT_CREATED");
    List<JsonObject> future = trail("actor_id=" + admin.userId() + "&from=2999-01-01");

    // Assert
    assertThat(mine)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.getString("actor_id")).isEqualTo(admin.userId());
              assertThat(r.getString("action")).isEqualTo("MERCHANT_CREATED");
            });
    assertThat(future).isEmpty();
  }

  @Test
  void search_returns422_onBadActorIdOrTime() {
    // Act
    HttpResponse<String> response =
        authorized(
            admin.accessToken(), "GET", "/api/v1/audit-logs?actor_id=x&from=yesterday", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getJsonObject("details").getJsonArray("violations")).hasSize(2);
  }

  @Test
  void search_returns403_onNonAdmin() {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response =
        authorized(user.accessToken(), "GET", "/api/v1/audit-logs", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
