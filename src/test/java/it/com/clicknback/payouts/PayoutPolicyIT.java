package it.com.clicknback.payouts;

import static it.com.clicknback.payouts.Payouts.WITHDRAW;
import static it.com.clicknback.payouts.Payouts.balance;
import static it.com.clicknback.payouts.Payouts.bankTransfer;
import static it.com.clicknback.payouts.Payouts.process;
import static it.com.clicknback.payouts.Payouts.request;
import static it.com.clicknback.payouts.Payouts.wallet;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The withdrawal policy (spec 09 §3, 422) with the test server's settings (scripts/test.sh):
 * PAYOUT_MIN_AMOUNT 0.50, PAYOUT_MONTHLY_LIMIT 10000.00, PAYOUT_WEEKLY_LIMIT 5000.00. A payout
 * requested at the very end of a week or month could count in the next period, so the limits are
 * tested with amounts requested moments apart.
 */
@MicroShedTest
class PayoutPolicyIT {

  private static List<String> violations(HttpResponse<String> response) {
    return error(response).getJsonObject("details").getJsonArray("violations").stream()
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  @Test
  void request_answers422_onAmountBelowMinimum() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "0", "10.00", "0");

    // Act
    HttpResponse<String> response = request(user, bankTransfer("\"0.25\""));

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("UNPROCESSABLE_ENTITY");
    assertThat(error.getString("message")).isEqualTo("Payout request violates withdrawal policy.");
    assertThat(violations(response))
        .containsExactly("Minimum payout amount is 0.50. Requested: 0.25.");
    assertThat(error.getJsonObject("details").getString("action"))
        .isEqualTo("Increase request amount and ensure monthly limit is not exceeded.");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("10.00");
  }

  @Test
  void request_answers422BeforeBalanceCheck_onWeeklyLimitExceeded() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "0", "1000.00", "0");

    // Act
    HttpResponse<String> response = request(user, bankTransfer("\"5000.01\""));

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(violations(response))
        .containsExactly(
            "Weekly withdrawal limit (5000.00) would be exceeded. Already withdrawn this week:"
                + " 0.00.");
  }

  @Test
  void request_countsEarlierPayoutsExceptFailed_onWeeklyLimit() throws Exception {
    // Arrange
    Session admin = newAdminSession();
    Session user = newSession();
    wallet(user, "0", "20000.00", "0");
    String first = json(request(user, bankTransfer("\"3000.00\""))).getString("id");

    // Act
    HttpResponse<String> overLimit =
        authorized(user.accessToken(), "POST", WITHDRAW, bankTransfer("\"2500.00\""));
    HttpResponse<String> failed = process(admin, first, "failed");
    HttpResponse<String> afterRefund = request(user, bankTransfer("\"2500.00\""));

    // Assert
    assertThat(overLimit.statusCode()).isEqualTo(422);
    assertThat(error(overLimit).getString("message"))
        .isEqualTo("Withdrawal request violates policy constraints.");
    assertThat(error(overLimit).getJsonObject("details").getString("action"))
        .isEqualTo("Adjust request amount or timing according to policy limits.");
    assertThat(violations(overLimit))
        .containsExactly(
            "Weekly withdrawal limit (5000.00) would be exceeded. Already withdrawn this week:"
                + " 3000.00.");
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(afterRefund.statusCode()).as(afterRefund.body()).isEqualTo(201);
    assertThat(balance("available_balance", user)).isEqualByComparingTo("17500.00");
  }
}
