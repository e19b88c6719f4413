package it.com.clicknback.workflows;

import static it.com.clicknback.support.Accounts.PASSWORD;
import static it.com.clicknback.support.Accounts.login;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.register;
import static it.com.clicknback.support.Accounts.uniqueEmail;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Spec 13 WF-1 to WF-3 through the API alone: an admin sets up a merchant and an offer, a user
 * registers, finds the offer, reports a purchase, the verification job confirms it, and the wallet
 * shows the cashback as available.
 */
@MicroShedTest
class QuickStartJourneyIT {

  private static final Duration JOB_WAIT = Duration.ofSeconds(30);

  @Test
  void quickStart_endsWithAvailableCashback_onHappyPath() throws Exception {
    // Arrange: WF-1, admin platform set-up
    Session admin = newAdminSession();
    String adminToken = admin.accessToken();
    HttpResponse<String> merchant =
        authorized(
            adminToken,
            "POST",
            "/api/v1/merchants",
            "{\"name\":\"Demo Store %s\",\"default_cashback_percentage\":5.0,\"active\":false}"
                .formatted(UUID.randomUUID()));
    String merchantId = json(merchant).getString("id");
    authorized(
        adminToken,
        "PATCH",
        "/api/v1/merchants/" + merchantId + "/status",
        "{\"status\":\"active\"}");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    HttpResponse<String> offer =
        authorized(
            adminToken,
            "POST",
            "/api/v1/offers",
            ("{\"merchant_id\":\"%s\",\"cashback_type\":\"percent\",\"cashback_value\":5.0,"
                    + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":20.0}")
                .formatted(merchantId, today, today.plusDays(30)));
    String offerId = json(offer).getString("id");

    // Act: WF-2 and WF-3, the user's journey
    String email = uniqueEmail();
    String userId = json(register(email, PASSWORD)).getString("id");
    String user = json(login(email, PASSWORD)).getString("access_token");
    HttpResponse<String> activeOffers =
        authorized(user, "GET", "/api/v1/offers/active?offset=0&limit=100", null);
    HttpResponse<String> walletBefore = authorized(user, "GET", "/api/v1/users/me/wallet", null);
    HttpResponse<String> purchase =
        authorized(
            user,
            "POST",
            "/api/v1/purchases",
            ("{\"external_id\":\"E1-%s\",\"user_id\":\"%s\",\"merchant_id\":\"%s\","
                    + "\"amount\":\"100.00\",\"currency\":\"EUR\"}")
                .formatted(UUID.randomUUID(), userId, merchantId));
    String purchaseId = json(purchase).getString("id");
    JsonObject confirmed = awaitStatus(user, purchaseId, "confirmed");
    JsonObject walletAfter = json(authorized(user, "GET", "/api/v1/users/me/wallet", null));

    // Assert
    assertThat(merchant.statusCode()).isEqualTo(201);
    assertThat(offer.statusCode()).isEqualTo(201);
    assertThat(
            json(activeOffers).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id"))
                .toList())
        .contains(offerId);
    assertThat(json(walletBefore).getString("available_balance")).isEqualTo("0.00");
    assertThat(purchase.statusCode()).as(purchase.body()).isEqualTo(201);
    assertThat(json(purchase).getString("status")).isEqualTo("pending");
    assertThat(json(purchase).getString("cashback_amount")).isEqualTo("5.00");
    assertThat(confirmed.getString("status")).isEqualTo("confirmed");
    assertThat(walletAfter.getString("pending_balance")).isEqualTo("0.00");
    assertThat(walletAfter.getString("available_balance")).isEqualTo("5.00");
    assertThat(walletAfter.getString("paid_balance")).isEqualTo("0.00");
    List<JsonObject> audit =
        json(authorized(
                adminToken,
                "GET",
                "/api/v1/audit-logs?resource_type=purchase&action=PURCHASE_CONFIRMED"
                    + "&resource_id="
                    + purchaseId,
                null))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    assertThat(audit)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getString("actor_type")).isEqualTo("system");
              assertThat(row.isNull("actor_id")).isTrue();
            });
  }

  private static JsonObject awaitStatus(String token, String purchaseId, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + JOB_WAIT.toNanos();
    JsonObject current = json(authorized(token, "GET", "/api/v1/purchases/" + purchaseId, null));
    while (!status.equals(current.getString("status")) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      current = json(authorized(token, "GET", "/api/v1/purchases/" + purchaseId, null));
    }
    return current;
  }
}
