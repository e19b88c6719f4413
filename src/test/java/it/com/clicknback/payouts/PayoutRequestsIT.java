package it.com.clicknback.payouts;

import static it.com.clicknback.payouts.Payouts.IBAN;
import static it.com.clicknback.payouts.Payouts.PAYOUTS;
import static it.com.clicknback.payouts.Payouts.WITHDRAW;
import static it.com.clicknback.payouts.Payouts.auditCount;
import static it.com.clicknback.payouts.Payouts.balance;
import static it.com.clicknback.payouts.Payouts.bankTransfer;
import static it.com.clicknback.payouts.Payouts.request;
import static it.com.clicknback.payouts.Payouts.scalar;
import static it.com.clicknback.payouts.Payouts.text;
import static it.com.clicknback.payouts.Payouts.wallet;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Payout requests (spec 09 PY1, W3, PY2): validation, the wallet debit under a lock, the audit row,
 * the caller's list; balances are written in SQL.
 */
@MicroShedTest
class PayoutRequestsIT {

  private static List<String> violationFields(HttpResponse<String> response) {
    return error(response).getJsonObject("details").getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void request_debitsAvailableAndAudits_onBankTransfer() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "3.00", "25.00", "1.00");

    // Act
    HttpResponse<String> response =
        request(
            user,
            "{\"amount\":\"20.00\",\"method\":\"bank_transfer\","
                + "\"details\":{\"iban\":\"ES91 2100 0418 4502 0005 1332\"}}");

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject body = json(response);
    String id = body.getString("id");
    assertThat(body.getString("status")).isEqualTo("requested");
    assertThat(body.getString("amount")).isEqualTo("20.00");
    assertThat(body.getString("method")).isEqualTo("bank_transfer");
    assertThat(body.getJsonObject("details").getString("iban"))
        .isEqualTo("ES91 **** **** **** **** 1332");
    assertThat(response.body()).doesNotContain("0418");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("5.00");
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("3.00");
    assertThat(balance("paid_balance", user)).isEqualByComparingTo("1.00");
    assertThat(text("SELECT status FROM payouts WHERE id = ?::uuid", id)).isEqualTo("requested");
    assertThat(text("SELECT details->>'iban' FROM payouts WHERE id = ?::uuid", id)).isEqualTo(IBAN);
    assertThat(auditCount("WITHDRAWAL_REQUESTED", id)).isEqualByComparingTo("1");
    String audit =
        text(
            "SELECT details::text FROM audit_logs WHERE resource_id = ? AND action ="
                + " 'WITHDRAWAL_REQUESTED'",
            id);
    assertThat(audit).contains("\"20.00\"").contains("bank_transfer").doesNotContain("ES91");
    assertThat(text("SELECT actor_id::text FROM audit_logs WHERE resource_id = ?", id))
        .isEqualTo(user.userId());
  }

  @Test
  void request_acceptsCardToken_onCardMethod() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "0", "10.00", "0");

    // Act
    HttpResponse<String> response =
        request(
            user,
            "{\"amount\":10,\"method\":\"card\","
                + "\"details\":{\"card_token\":\"tok_visa_abcdef12\",\"card_last4\":\"4242\"}}");

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).getJsonObject("details").getString("card"))
        .isEqualTo("**** **** **** 4242");
    assertThat(response.body()).doesNotContain("tok_visa");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
  }

  @Test
  void withdraw_answersWalletShape_onAlias() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "0", "30.00", "0");

    // Act
    HttpResponse<String> response =
        authorized(
            user.accessToken(),
            "POST",
            WITHDRAW,
            "{\"amount\":\"12.50\",\"method\":\"bank_transfer\","
                + "\"details\":{\"iban\":\"DE89370400440532013000\",\"account_holder\":\"Ana\"}}");

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject body = json(response);
    assertThat(body.keySet()).containsExactly("id", "status", "amount", "requested_at");
    assertThat(body.getString("amount")).isEqualTo("12.50");
    assertThat(body.getString("requested_at")).endsWith("Z");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("17.50");
  }

  @Test
  void request_answers409WithBalances_onAmountAboveAvailable() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "4.00", "5.00", "0");

    // Act
    HttpResponse<String> response = request(user, bankTransfer("\"50.00\""));

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(error.getString("message"))
        .isEqualTo("Insufficient available balance. Requested: 50.00, Available: 5.00.");
    JsonObject details = error.getJsonObject("details");
    assertThat(details.getString("requested_amount")).isEqualTo("50.00");
    assertThat(details.getString("available_balance")).isEqualTo("5.00");
    assertThat(details.getString("pending_balance")).isEqualTo("4.00");
    assertThat(details.getString("action"))
        .isEqualTo("Request a smaller amount or wait for pending cashback to be confirmed.");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("5.00");
    assertThat(scalar("SELECT count(*) FROM payouts WHERE user_id = ?::uuid", user.userId()))
        .isEqualByComparingTo("0");
  }

  @Test
  void withdraw_answers409WithWalletMessage_onUserWithoutWallet() throws Exception {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response =
        authorized(user.accessToken(), "POST", WITHDRAW, bankTransfer("1"));

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(error(response).getString("message"))
        .isEqualTo("Available balance (0.00) is less than requested amount (1.00).");
    assertThat(scalar("SELECT count(*) FROM wallets WHERE user_id = ?::uuid", user.userId()))
        .isEqualByComparingTo("0");
  }

  @Test
  void request_answers400WithEveryViolation_onBadFields() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user, "0", "100.00", "0");

    // Act
    HttpResponse<String> badAmountAndMethod =
        request(user, "{\"amount\":\"1.005\",\"method\":\"cash\",\"details\":{}}");
    HttpResponse<String> zero = request(user, bankTransfer("0"));
    HttpResponse<String> noDetails = request(user, "{\"amount\":\"5\",\"method\":\"card\"}");
    HttpResponse<String> badIban =
        request(
            user,
            "{\"amount\":\"5\",\"method\":\"bank_transfer\","
                + "\"details\":{\"iban\":\"ES9121000418450200051333\"}}");
    HttpResponse<String> empty = request(user, "{}");

    // Assert
    assertThat(badAmountAndMethod.statusCode()).isEqualTo(400);
    assertThat(error(badAmountAndMethod).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error(badAmountAndMethod).getString("message"))
        .isEqualTo("Validation failed for request body.");
    assertThat(violationFields(badAmountAndMethod)).containsExactly("amount", "method");
    assertThat(
            error(badAmountAndMethod)
                .getJsonObject("details")
                .getJsonArray("violations")
                .getJsonObject(1)
                .getString("reason"))
        .isEqualTo("Payment method must be one of: bank_transfer, card.");
    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(violationFields(zero)).containsExactly("amount");
    assertThat(noDetails.statusCode()).isEqualTo(400);
    assertThat(violationFields(noDetails)).containsExactly("details");
    assertThat(badIban.statusCode()).isEqualTo(400);
    assertThat(violationFields(badIban)).containsExactly("details.iban");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(violationFields(empty)).containsExactly("amount", "method");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("100.00");
  }

  @Test
  void request_answers422_onMalformedJsonOrWrongType() throws Exception {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> malformed = request(user, "{\"amount\":");
    HttpResponse<String> wrongType =
        request(user, "{\"amount\":true,\"method\":\"card\",\"details\":{}}");

    // Assert
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(error(wrongType).getString("code")).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void request_answers401_onMissingToken() {
    // Arrange
    String body = bankTransfer("1");

    // Act
    HttpResponse<String> response = send("POST", PAYOUTS, body);

    // Assert
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response).getString("code")).isEqualTo("INVALID_TOKEN");
  }

  @Test
  void request_neverOverdraws_on100ParallelRequestsAboveBalance() throws Exception {
    // Arrange: 100 requests of 1.50 (150.00) against 100.00 available
    Session user = newSession();
    wallet(user, "0", "100.00", "0");

    // Act
    List<HttpResponse<String>> responses =
        Parallel.times(100, () -> request(user, bankTransfer("\"1.50\"")));

    // Assert: 66 paid out (99.00), 1.00 left, never below zero
    assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(66);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 409)
        .hasSize(34)
        .allSatisfy(r -> assertThat(error(r).getString("code")).isEqualTo("INSUFFICIENT_BALANCE"));
    assertThat(balance("available_balance", user)).isEqualByComparingTo("1.00");
    assertThat(
            scalar(
                "SELECT coalesce(sum(amount), 0) FROM payouts WHERE user_id = ?::uuid",
                user.userId()))
        .isEqualByComparingTo(new BigDecimal("99.00"));
    assertThat(
            scalar(
                "SELECT count(*) FROM audit_logs WHERE action = 'WITHDRAWAL_REQUESTED'"
                    + " AND actor_id = ?::uuid",
                user.userId()))
        .isEqualByComparingTo("66");
  }

  @Test
  void list_answersOwnPayoutsNewestFirst_onOwner() throws Exception {
    // Arrange
    Session user = newSession();
    Session other = newSession();
    wallet(user, "0", "30.00", "0");
    wallet(other, "0", "30.00", "0");
    String first = json(request(user, bankTransfer("1"))).getString("id");
    String second = json(request(user, bankTransfer("2"))).getString("id");
    request(other, bankTransfer("3"));

    // Act
    HttpResponse<String> all = authorized(user.accessToken(), "GET", PAYOUTS, null);
    HttpResponse<String> page = authorized(user.accessToken(), "GET", PAYOUTS + "?limit=1", null);
    HttpResponse<String> completed =
        authorized(user.accessToken(), "GET", PAYOUTS + "?status=completed", null);

    // Assert
    assertThat(all.statusCode()).isEqualTo(200);
    JsonObject body = json(all);
    assertThat(body.keySet()).containsExactly("payouts", "total");
    assertThat(body.getInt("total")).isEqualTo(2);
    assertThat(body.getJsonArray("payouts").stream().map(p -> p.asJsonObject().getString("id")))
        .containsExactly(second, first);
    JsonObject item = body.getJsonArray("payouts").getJsonObject(0);
    assertThat(item.getString("amount")).isEqualTo("2.00");
    assertThat(item.getString("status")).isEqualTo("requested");
    assertThat(item.isNull("processed_at")).isTrue();
    assertThat(json(page).getJsonArray("payouts")).hasSize(1);
    assertThat(json(page).getInt("total")).isEqualTo(2);
    assertThat(json(completed).getInt("total")).isZero();
  }

  @Test
  void list_answers400_onBadQuery() throws Exception {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response =
        authorized(user.accessToken(), "GET", PAYOUTS + "?limit=101&offset=-1&status=paid", null);
    HttpResponse<String> zero = authorized(user.accessToken(), "GET", PAYOUTS + "?limit=0", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(error(response).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error(response).getString("message")).isEqualTo("Invalid query parameters.");
    assertThat(violationFields(response)).containsExactly("limit", "offset", "status");
    assertThat(
            error(response)
                .getJsonObject("details")
                .getJsonArray("violations")
                .getJsonObject(0)
                .getString("reason"))
        .isEqualTo("Limit must be a positive integer between 1 and 100.");
    assertThat(zero.statusCode()).isEqualTo(400);
  }
}
