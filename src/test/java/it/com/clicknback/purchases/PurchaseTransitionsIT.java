package it.com.clicknback.purchases;

import static it.com.clicknback.purchases.Shops.body;
import static it.com.clicknback.purchases.Shops.externalId;
import static it.com.clicknback.purchases.Shops.ingest;
import static it.com.clicknback.purchases.Shops.scalar;
import static it.com.clicknback.purchases.Shops.shopWithOffer;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import it.com.clicknback.support.TestDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Admin confirmation and reversal (spec 06 P5, P6, 99 M9, M11): the state machine, the wallet
 * moves, and money moving exactly once under concurrent calls.
 */
@MicroShedTest
class PurchaseTransitionsIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  private static String purchase(Session user, String shop, String amount) {
    HttpResponse<String> response = ingest(user, body(externalId(), user.userId(), shop, amount));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).getString("id");
  }

  private static HttpResponse<String> confirm(Session caller, String id) {
    return authorized(
        caller.accessToken(), "POST", "/api/v1/purchases/" + id + "/confirmation", null);
  }

  private static HttpResponse<String> reverse(Session caller, String id) {
    return authorized(caller.accessToken(), "PATCH", "/api/v1/purchases/" + id + "/reverse", null);
  }

  private static BigDecimal balance(String column, Session user) throws Exception {
    return scalar("SELECT " + column + " FROM wallets WHERE user_id = ?::uuid", user.userId());
  }

  private static String cashbackStatus(String purchaseId) throws Exception {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT status FROM cashback_transactions WHERE purchase_id = ?::uuid")) {
      query.setString(1, purchaseId);
      var rows = query.executeQuery();
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(String sql, String id) throws Exception {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, id);
      update.executeUpdate();
    }
  }

  private static BigDecimal auditCount(String action, String purchaseId) throws Exception {
    return scalar(
        "SELECT count(*) FROM audit_logs WHERE action = '"
            + action
            + "' AND resource_type = 'purchase' AND resource_id = ?",
        purchaseId);
  }

  @Test
  void confirmThenReverse_movesMoneyAndAudits_onWorkflowWf5() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "percent", 5, 1000);
    String id = purchase(user, shop, "150.00");

    // Act
    HttpResponse<String> confirmed = confirm(admin, id);
    BigDecimal pendingAfterConfirm = balance("pending_balance", user);
    BigDecimal availableAfterConfirm = balance("available_balance", user);
    HttpResponse<String> again = confirm(admin, id);
    HttpResponse<String> reversed = reverse(admin, id);
    HttpResponse<String> reversedAgain = reverse(admin, id);
    HttpResponse<String> confirmReversed = confirm(admin, id);

    // Assert
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.body())
        .isEqualTo(
            "{\"id\":\"%s\",\"status\":\"confirmed\",\"cashback_amount\":\"7.50\"}".formatted(id));
    assertThat(pendingAfterConfirm).isEqualByComparingTo("0.00");
    assertThat(availableAfterConfirm).isEqualByComparingTo("7.50");
    assertThat(again.statusCode()).isEqualTo(400);
    JsonObject notPending = error(again);
    assertThat(notPending.getString("code")).isEqualTo("PURCHASE_NOT_PENDING");
    assertThat(notPending.getJsonObject("details").getJsonArray("violations").getJsonObject(0))
        .isEqualTo(
            jakarta.json.Json.createObjectBuilder()
                .add("purchase_id", id)
                .add("current_status", "confirmed")
                .add("required_status", "pending")
                .build());
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
    assertThat(json(reversed).getString("status")).isEqualTo("reversed");
    assertThat(json(reversed).getString("cashback_amount")).isEqualTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
    assertThat(cashbackStatus(id)).isEqualTo("reversed");
    assertThat(reversedAgain.statusCode()).isEqualTo(400);
    assertThat(error(reversedAgain).getString("code")).isEqualTo("PURCHASE_ALREADY_REVERSED");
    assertThat(
            error(reversedAgain)
                .getJsonObject("details")
                .getJsonArray("violations")
                .getJsonObject(0)
                .getJsonArray("reversible_from_statuses")
                .toString())
        .isEqualTo("[\"pending\",\"confirmed\"]");
    assertThat(error(confirmReversed).getString("code")).isEqualTo("PURCHASE_NOT_PENDING");
    assertThat(auditCount("PURCHASE_CONFIRMED", id)).isEqualByComparingTo("1");
    assertThat(auditCount("PURCHASE_REVERSED", id)).isEqualByComparingTo("1");
  }

  @Test
  void reverse_takesCashbackFromPending_onPendingPurchase() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 1000);
    purchase(user, shop, "10");
    String id = purchase(user, shop, "20");

    // Act
    HttpResponse<String> response = reverse(admin, id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("3.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
    assertThat(cashbackStatus(id)).isEqualTo("reversed");
  }

  @Test
  void reverse_returns400NotReversibleAndMovesNothing_onRejectedPurchase() throws Exception {
    // Arrange: a purchase the job rejected (its cashback already left pending)
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 1000);
    String id = purchase(user, shop, "10");
    execute("UPDATE purchases SET status = 'rejected' WHERE id = ?::uuid", id);
    execute("UPDATE cashback_transactions SET status = 'reversed' WHERE purchase_id = ?::uuid", id);
    execute(
        "UPDATE wallets SET pending_balance = 0, available_balance = 5 WHERE user_id = ?::uuid",
        user.userId());

    // Act
    HttpResponse<String> response = reverse(admin, id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("PURCHASE_NOT_REVERSIBLE");
    assertThat(
            error
                .getJsonObject("details")
                .getJsonArray("violations")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("status");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("5.00");
    assertThat(auditCount("PURCHASE_REVERSED", id)).isEqualByComparingTo("0");
  }

  @Test
  void confirmAndReverse_return404_onUnknownOrMalformedIdAnd403_onNonAdmin() {
    // Arrange
    Session user = Shops.shopper(admin);
    String unknown = UUID.randomUUID().toString();

    // Act
    HttpResponse<String> confirmUnknown = confirm(admin, unknown);
    HttpResponse<String> reverseMalformed = reverse(admin, "not-a-uuid");
    HttpResponse<String> confirmByUser = confirm(user, unknown);
    HttpResponse<String> reverseByUser = reverse(user, unknown);

    // Assert
    assertThat(confirmUnknown.statusCode()).isEqualTo(404);
    assertThat(error(confirmUnknown).getJsonObject("details").getString("resource_id"))
        .isEqualTo(unknown);
    assertThat(reverseMalformed.statusCode()).isEqualTo(404);
    assertThat(confirmByUser.statusCode()).isEqualTo(403);
    assertThat(reverseByUser.statusCode()).isEqualTo(403);
  }

  @Test
  void confirm_movesMoneyOnce_on10ParallelConfirmations() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 4, 1000);
    String id = purchase(user, shop, "10");

    // Act
    List<HttpResponse<String>> responses = Parallel.times(10, () -> confirm(admin, id));

    // Assert
    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 400)
        .hasSize(9)
        .allSatisfy(r -> assertThat(error(r).getString("code")).isEqualTo("PURCHASE_NOT_PENDING"));
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("4.00");
    assertThat(auditCount("PURCHASE_CONFIRMED", id)).isEqualByComparingTo("1");
  }

  @Test
  void reverse_movesMoneyOnce_on10ParallelReversals() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 4, 1000);
    purchase(user, shop, "10");
    String id = purchase(user, shop, "10");
    assertThat(confirm(admin, id).statusCode()).isEqualTo(200);

    // Act
    List<HttpResponse<String>> responses = Parallel.times(10, () -> reverse(admin, id));

    // Assert
    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 400)
        .hasSize(9)
        .allSatisfy(
            r -> assertThat(error(r).getString("code")).isEqualTo("PURCHASE_ALREADY_REVERSED"));
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("4.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
  }

  @Test
  void confirmAndReverse_leaveConsistentBalances_onRacingEachOther() throws Exception {
    // Arrange: 5 purchases, each confirmed and reversed at the same moment
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 2, 1000);
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = purchase(user, shop, "10");
      calls.add(() -> confirm(admin, id));
      calls.add(() -> reverse(admin, id));
    }

    // Act
    List<HttpResponse<String>> responses = Parallel.run(calls);

    // Assert: every purchase ends reversed, whichever call won; no cashback is left anywhere
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 400));
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
    assertThat(
            scalar(
                "SELECT count(*) FROM purchases WHERE user_id = ?::uuid AND status = 'reversed'",
                user.userId()))
        .isEqualByComparingTo("5");
  }

  @Test
  void confirmAndReverse_leaveNoTrace_onWalletMoveFailingMidTransaction() throws Exception {
    // Arrange: balances lowered behind the application's back, so the wallet move fails after
    // the purchase and its cashback row were already changed in the transaction (NF-TX-6)
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 4, 1000);
    String pendingId = purchase(user, shop, "10");
    String confirmedId = purchase(user, shop, "10");
    assertThat(confirm(admin, confirmedId).statusCode()).isEqualTo(200);
    execute(
        "UPDATE wallets SET pending_balance = 1, available_balance = 1 WHERE user_id = ?::uuid",
        user.userId());

    // Act
    HttpResponse<String> confirmed = confirm(admin, pendingId);
    HttpResponse<String> reversed = reverse(admin, confirmedId);

    // Assert
    assertThat(confirmed.statusCode()).isEqualTo(500);
    assertThat(error(confirmed).getString("code")).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(reversed.statusCode()).isEqualTo(500);
    assertThat(
            scalar(
                "SELECT count(*) FROM purchases WHERE user_id = ?::uuid AND ("
                    + "(status = 'pending' AND cashback_amount = 4)"
                    + " OR (status = 'confirmed' AND cashback_amount = 4))",
                user.userId()))
        .isEqualByComparingTo("2");
    assertThat(cashbackStatus(pendingId)).isEqualTo("pending");
    assertThat(cashbackStatus(confirmedId)).isEqualTo("available");
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("1.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("1.00");
    assertThat(auditCount("PURCHASE_CONFIRMED", pendingId)).isEqualByComparingTo("0");
    assertThat(auditCount("PURCHASE_REVERSED", confirmedId)).isEqualByComparingTo("0");
  }
}
