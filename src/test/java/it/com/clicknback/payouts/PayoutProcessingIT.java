package it.com.clicknback.payouts;

import static it.com.clicknback.payouts.Payouts.ADMIN_PAYOUTS;
import static it.com.clicknback.payouts.Payouts.auditCount;
import static it.com.clicknback.payouts.Payouts.balance;
import static it.com.clicknback.payouts.Payouts.bankTransfer;
import static it.com.clicknback.payouts.Payouts.process;
import static it.com.clicknback.payouts.Payouts.request;
import static it.com.clicknback.payouts.Payouts.text;
import static it.com.clicknback.payouts.Payouts.wallet;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Admin processing and listing of payouts (spec 09 PY3, PY4; 99 S1): the state machine, the wallet
 * moves, the audit rows, and money moving exactly once under concurrent calls.
 */
@MicroShedTest
class PayoutProcessingIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  /** A user with {@code available} 50.00 who requested a payout of 20.00; the payout id. */
  private static String requested(Session user) throws Exception {
    wallet(user, "0", "50.00", "5.00");
    HttpResponse<String> response = request(user, bankTransfer("\"20.00\""));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).getString("id");
  }

  @Test
  void process_movesAmountToPaid_onCompleted() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    HttpResponse<String> response = process(admin, id, "completed");

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).getString("id")).isEqualTo(id);
    assertThat(json(response).getString("status")).isEqualTo("completed");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("30.00");
    assertThat(balance("paid_balance", user)).isEqualByComparingTo("25.00");
    assertThat(text("SELECT processed_at::text FROM payouts WHERE id = ?::uuid", id)).isNotNull();
    assertThat(auditCount("WITHDRAWAL_PROCESSED", id)).isEqualByComparingTo("1");
    assertThat(
            text(
                "SELECT actor_type || ' ' || actor_id || ' ' || outcome FROM audit_logs"
                    + " WHERE action = 'WITHDRAWAL_PROCESSED' AND resource_id = ?",
                id))
        .isEqualTo("admin " + admin.userId() + " success");
  }

  @Test
  void process_refundsAvailable_onFailed() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    HttpResponse<String> response = process(admin, id, "failed");

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).getString("status")).isEqualTo("failed");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("50.00");
    assertThat(balance("paid_balance", user)).isEqualByComparingTo("5.00");
    assertThat(
            text(
                "SELECT outcome || ' ' || (details->>'new_status') FROM audit_logs"
                    + " WHERE action = 'WITHDRAWAL_PROCESSED' AND resource_id = ?",
                id))
        .isEqualTo("failure failed");
  }

  @Test
  void process_answers400AlreadyProcessed_onSecondCall() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);
    assertThat(process(admin, id, "completed").statusCode()).isEqualTo(200);

    // Act
    HttpResponse<String> response = process(admin, id, "failed");

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error.getString("message"))
        .isEqualTo("Cannot process payout '" + id + "'. Payout is already completed.");
    assertThat(error.getJsonObject("details").getString("payout_id")).isEqualTo(id);
    assertThat(error.getJsonObject("details").getString("current_status")).isEqualTo("completed");
    assertThat(error.getJsonObject("details").getJsonArray("allowed_transitions").getString(0))
        .isEqualTo("requested");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("30.00");
    assertThat(balance("paid_balance", user)).isEqualByComparingTo("25.00");
  }

  @Test
  void process_answers400InvalidStatus_onProcessingOrMissingStatus() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    HttpResponse<String> processing = process(admin, id, "processing");
    HttpResponse<String> missing =
        authorized(admin.accessToken(), "PATCH", ADMIN_PAYOUTS + "/" + id + "/process", "{}");

    // Assert
    assertThat(processing.statusCode()).isEqualTo(400);
    JsonObject error = error(processing);
    assertThat(error.getString("message"))
        .isEqualTo("Invalid status value. Supported values are: 'completed', 'failed'.");
    assertThat(error.getJsonObject("details").getString("field")).isEqualTo("status");
    assertThat(error.getJsonObject("details").getString("received")).isEqualTo("processing");
    assertThat(error.getJsonObject("details").getJsonArray("supported_values")).hasSize(2);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(error(missing).getJsonObject("details").isNull("received")).isTrue();
    assertThat(text("SELECT status FROM payouts WHERE id = ?::uuid", id)).isEqualTo("requested");
  }

  @Test
  void process_answers404_onUnknownOrNonUuidId() {
    // Arrange
    String unknown = UUID.randomUUID().toString();

    // Act
    HttpResponse<String> missing = process(admin, unknown, "completed");
    HttpResponse<String> notUuid = process(admin, "not-a-uuid", "completed");

    // Assert
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(error(missing).getString("code")).isEqualTo("NOT_FOUND");
    assertThat(error(missing).getString("message"))
        .isEqualTo("Payout with ID '" + unknown + "' does not exist.");
    assertThat(error(missing).getJsonObject("details").getString("resource_type"))
        .isEqualTo("payout");
    assertThat(notUuid.statusCode()).isEqualTo(404);
    assertThat(error(notUuid).getJsonObject("details").getString("resource_id"))
        .isEqualTo("not-a-uuid");
  }

  @Test
  void adminEndpoints_answer403_onNonAdmin() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    HttpResponse<String> list = authorized(user.accessToken(), "GET", ADMIN_PAYOUTS, null);
    HttpResponse<String> processed = process(user, id, "completed");

    // Assert
    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(error(list).getString("code")).isEqualTo("FORBIDDEN");
    assertThat(processed.statusCode()).isEqualTo(403);
    assertThat(text("SELECT status FROM payouts WHERE id = ?::uuid", id)).isEqualTo("requested");
  }

  @Test
  void process_movesMoneyOnce_on10ParallelProcessings() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    List<HttpResponse<String>> responses =
        Parallel.times(10, () -> process(admin, id, "completed"));

    // Assert
    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 400)
        .hasSize(9)
        .allSatisfy(
            r ->
                assertThat(error(r).getJsonObject("details").getString("current_status"))
                    .isEqualTo("completed"));
    assertThat(balance("available_balance", user)).isEqualByComparingTo("30.00");
    assertThat(balance("paid_balance", user)).isEqualByComparingTo("25.00");
    assertThat(auditCount("WITHDRAWAL_PROCESSED", id)).isEqualByComparingTo("1");
  }

  @Test
  void process_appliesOneOutcome_onParallelCompleteAndFail() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);

    // Act
    List<HttpResponse<String>> responses =
        Parallel.run(
            List.<Callable<HttpResponse<String>>>of(
                () -> process(admin, id, "completed"),
                () -> process(admin, id, "failed"),
                () -> process(admin, id, "completed"),
                () -> process(admin, id, "failed")));

    // Assert
    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    String outcome = text("SELECT status FROM payouts WHERE id = ?::uuid", id);
    if ("completed".equals(outcome)) {
      assertThat(balance("available_balance", user)).isEqualByComparingTo("30.00");
      assertThat(balance("paid_balance", user)).isEqualByComparingTo("25.00");
    } else {
      assertThat(outcome).isEqualTo("failed");
      assertThat(balance("available_balance", user)).isEqualByComparingTo("50.00");
      assertThat(balance("paid_balance", user)).isEqualByComparingTo("5.00");
    }
  }

  @Test
  void list_filtersByStatusUserAndDates_onAdmin() throws Exception {
    // Arrange
    Session user = newSession();
    String id = requested(user);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    // Act
    HttpResponse<String> mine =
        authorized(
            admin.accessToken(),
            "GET",
            ADMIN_PAYOUTS
                + "?status=requested&user_id="
                + user.userId()
                + "&start_date="
                + today
                + "&end_date="
                + today,
            null);
    HttpResponse<String> later =
        authorized(
            admin.accessToken(),
            "GET",
            ADMIN_PAYOUTS + "?user_id=" + user.userId() + "&start_date=" + tomorrow,
            null);
    HttpResponse<String> bad =
        authorized(
            admin.accessToken(),
            "GET",
            ADMIN_PAYOUTS + "?user_id=nope&start_date=2026-13-01&limit=x",
            null);

    // Assert
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    JsonObject body = json(mine);
    assertThat(body.getInt("total")).isEqualTo(1);
    JsonObject item = body.getJsonArray("payouts").getJsonObject(0);
    assertThat(item.getString("id")).isEqualTo(id);
    assertThat(item.getString("user_id")).isEqualTo(user.userId());
    assertThat(item.getString("amount")).isEqualTo("20.00");
    assertThat(item.getString("status")).isEqualTo("requested");
    assertThat(json(later).getInt("total")).isZero();
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(error(bad).getString("message")).isEqualTo("Invalid query parameters.");
    assertThat(
            error(bad).getJsonObject("details").getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")))
        .containsExactly("limit", "user_id", "start_date");
  }
}
