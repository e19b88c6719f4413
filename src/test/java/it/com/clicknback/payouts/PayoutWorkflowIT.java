package it.com.clicknback.payouts;

import static it.com.clicknback.payouts.Payouts.ADMIN_PAYOUTS;
import static it.com.clicknback.payouts.Payouts.PAYOUTS;
import static it.com.clicknback.payouts.Payouts.bankTransfer;
import static it.com.clicknback.payouts.Payouts.process;
import static it.com.clicknback.payouts.Payouts.request;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Spec 13 WF-4, the payout steps, through the API alone: the user earns available cashback
 * (purchase ingested, confirmed by an admin), requests payouts, an admin completes one and fails
 * another, and the wallet's three buckets always add up to the cashback earned (money requested but
 * not yet processed sits in no bucket, 09 §2).
 */
@MicroShedTest
class PayoutWorkflowIT {

  private static HttpResponse<String> call(
      Session caller, String method, String path, String body) {
    HttpResponse<String> response = authorized(caller.accessToken(), method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return response;
  }

  private static JsonObject wallet(Session user) {
    return json(authorized(user.accessToken(), "GET", "/api/v1/users/me/wallet", null));
  }

  private static BigDecimal sum(JsonObject wallet) {
    return new BigDecimal(wallet.getString("pending_balance"))
        .add(new BigDecimal(wallet.getString("available_balance")))
        .add(new BigDecimal(wallet.getString("paid_balance")));
  }

  /** Earns 15.00 of available cashback: a 300.00 purchase at 5 %, confirmed by the admin. */
  private static void earnCashback(Session admin, Session user) {
    HttpResponse<String> merchant =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/merchants",
            "{\"name\":\"Payout shop %s\",\"default_cashback_percentage\":5}"
                .formatted(UUID.randomUUID()));
    String merchantId = json(merchant).getString("id");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    call(
        admin,
        "POST",
        "/api/v1/offers",
        ("{\"merchant_id\":\"%s\",\"cashback_type\":\"percent\",\"cashback_value\":5,"
                + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":1000}")
            .formatted(merchantId, today, today.plusDays(30)));
    call(
        admin,
        "PUT",
        "/api/v1/feature-flags/purchase_auto_confirm",
        "{\"enabled\":false,\"scope_type\":\"user\",\"scope_id\":\"%s\"}".formatted(user.userId()));
    HttpResponse<String> purchase =
        call(
            user,
            "POST",
            "/api/v1/purchases",
            ("{\"external_id\":\"it-payout-%s\",\"user_id\":\"%s\",\"merchant_id\":\"%s\","
                    + "\"amount\":\"300.00\",\"currency\":\"EUR\"}")
                .formatted(UUID.randomUUID(), user.userId(), merchantId));
    String purchaseId = json(purchase).getString("id");
    call(admin, "POST", "/api/v1/purchases/" + purchaseId + "/confirmation", null);
  }

  @Test
  void walletAndPayout_keepBucketsEqualToEarned_onWorkflowWf4() throws Exception {
    // Arrange: the user earns 15.00 available cashback
    Session admin = newAdminSession();
    Session user = newSession();
    earnCashback(admin, user);
    BigDecimal earned = new BigDecimal("15.00");
    assertThat(wallet(user).getString("available_balance")).isEqualTo("15.00");

    // Act: steps 4 to 10
    HttpResponse<String> step4 = request(user, bankTransfer("\"10.00\""));
    JsonObject afterRequest = wallet(user);
    HttpResponse<String> step6 = request(user, bankTransfer("\"50.00\""));
    HttpResponse<String> step6b =
        request(
            user,
            "{\"amount\":\"10.00\",\"method\":\"cash\",\"details\":{\"iban\":\"%s\"}}"
                .formatted(Payouts.IBAN));
    String payoutId = json(step4).getString("id");
    HttpResponse<String> step7 =
        authorized(
            admin.accessToken(),
            "GET",
            ADMIN_PAYOUTS + "?status=requested&limit=100" + "&user_id=" + user.userId(),
            null);
    HttpResponse<String> step8a = process(admin, payoutId, "completed");
    JsonObject afterCompletion = wallet(user);
    HttpResponse<String> step9 = process(admin, payoutId, "completed");
    HttpResponse<String> second = request(user, bankTransfer("\"5.00\""));
    JsonObject afterSecondRequest = wallet(user);
    HttpResponse<String> step8b = process(admin, json(second).getString("id"), "failed");
    JsonObject afterFailure = wallet(user);
    HttpResponse<String> step10 = authorized(user.accessToken(), "GET", PAYOUTS, null);

    // Assert
    assertThat(step4.statusCode()).isEqualTo(201);
    assertThat(json(step4).getString("status")).isEqualTo("requested");
    assertThat(json(step4).getString("amount")).isEqualTo("10.00");
    assertThat(afterRequest.getString("available_balance")).isEqualTo("5.00");
    assertThat(afterRequest.getString("paid_balance")).isEqualTo("0.00");
    assertThat(sum(afterRequest).add(new BigDecimal("10.00"))).isEqualByComparingTo(earned);
    assertThat(step6.statusCode()).isEqualTo(409);
    assertThat(error(step6).getString("code")).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(error(step6).getJsonObject("details").getString("available_balance"))
        .isEqualTo("5.00");
    assertThat(step6b.statusCode()).isEqualTo(400);
    assertThat(
            error(step6b)
                .getJsonObject("details")
                .getJsonArray("violations")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("method");
    assertThat(step7.statusCode()).isEqualTo(200);
    JsonObject listed = json(step7).getJsonArray("payouts").getJsonObject(0);
    assertThat(listed.getString("id")).isEqualTo(payoutId);
    assertThat(listed.getString("user_id")).isEqualTo(user.userId());
    assertThat(listed.getString("amount")).isEqualTo("10.00");
    assertThat(listed.getString("status")).isEqualTo("requested");
    assertThat(json(step7).getInt("total")).isEqualTo(1);
    assertThat(step8a.statusCode()).isEqualTo(200);
    assertThat(json(step8a).getString("status")).isEqualTo("completed");
    assertThat(afterCompletion.getString("paid_balance")).isEqualTo("10.00");
    assertThat(sum(afterCompletion)).isEqualByComparingTo(earned);
    assertThat(step9.statusCode()).isEqualTo(400);
    assertThat(
            error(step9).getJsonObject("details").getJsonArray("allowed_transitions").getString(0))
        .isEqualTo("requested");
    assertThat(afterSecondRequest.getString("available_balance")).isEqualTo("0.00");
    assertThat(sum(afterSecondRequest).add(new BigDecimal("5.00"))).isEqualByComparingTo(earned);
    assertThat(step8b.statusCode()).isEqualTo(200);
    assertThat(afterFailure.getString("available_balance")).isEqualTo("5.00");
    assertThat(afterFailure.getString("paid_balance")).isEqualTo("10.00");
    assertThat(sum(afterFailure)).isEqualByComparingTo(earned);
    assertThat(step10.statusCode()).isEqualTo(200);
    assertThat(json(step10).getInt("total")).isEqualTo(2);
    assertThat(
            json(step10).getJsonArray("payouts").stream()
                .map(p -> p.asJsonObject().getString("status")))
        .containsExactly("failed", "completed");
  }
}
