package it.com.clicknback.wallets;

import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.TestDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The caller's wallet and its transactions (spec 08 W1, W2), over rows written in SQL. */
@MicroShedTest
class WalletsIT {

  private static final String WALLET = "/api/v1/users/me/wallet";
  private static final String TRANSACTIONS = "/api/v1/users/me/wallet/transactions";

  private static HttpResponse<String> call(Session caller, String path) {
    return authorized(caller.accessToken(), "GET", path, null);
  }

  private static Connection db() throws SQLException {
    return TestDatabase.connect(TestDatabase.setting("DB_NAME"));
  }

  private static void wallet(String userId, String pending, String available, String paid)
      throws SQLException {
    try (Connection connection = db();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance)"
                    + " VALUES (?::uuid, ?, ?, ?)")) {
      insert.setString(1, userId);
      insert.setBigDecimal(2, new BigDecimal(pending));
      insert.setBigDecimal(3, new BigDecimal(available));
      insert.setBigDecimal(4, new BigDecimal(paid));
      insert.executeUpdate();
    }
  }

  /**
   * A confirmed purchase of the user (so the verification job leaves it alone) with its cashback
   * row, created at {@code at}: the cashback row id and the purchase id.
   */
  private static String cashback(String userId, String amount, String status, LocalDateTime at)
      throws SQLException {
    String merchantId = UUID.randomUUID().toString();
    String purchaseId = UUID.randomUUID().toString();
    String cashbackId = UUID.randomUUID().toString();
    try (Connection connection = db()) {
      try (PreparedStatement merchant =
          connection.prepareStatement(
              "INSERT INTO merchants (id, name, default_cashback_percentage, active)"
                  + " VALUES (?::uuid, ?, 5, TRUE)")) {
        merchant.setString(1, merchantId);
        merchant.setString(2, "it-wallet-" + merchantId);
        merchant.executeUpdate();
      }
      try (PreparedStatement purchase =
          connection.prepareStatement(
              "INSERT INTO purchases (id, external_id, user_id, merchant_id, amount, currency,"
                  + " status, created_at, cashback_amount)"
                  + " VALUES (?::uuid, ?, ?::uuid, ?::uuid, 100, 'EUR', 'confirmed', ?, ?)")) {
        purchase.setString(1, purchaseId);
        purchase.setString(2, "it-wallet-" + purchaseId);
        purchase.setString(3, userId);
        purchase.setString(4, merchantId);
        purchase.setTimestamp(5, Timestamp.valueOf(at));
        purchase.setBigDecimal(6, new BigDecimal(amount));
        purchase.executeUpdate();
      }
      try (PreparedStatement row =
          connection.prepareStatement(
              "INSERT INTO cashback_transactions (id, user_id, purchase_id, amount, status,"
                  + " created_at) VALUES (?::uuid, ?::uuid, ?::uuid, ?, ?, ?)")) {
        row.setString(1, cashbackId);
        row.setString(2, userId);
        row.setString(3, purchaseId);
        row.setBigDecimal(4, new BigDecimal(amount));
        row.setString(5, status);
        row.setTimestamp(6, Timestamp.valueOf(at));
        row.executeUpdate();
      }
    }
    return cashbackId + " " + purchaseId;
  }

  private static List<JsonObject> data(HttpResponse<String> response) {
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  private static void assertPagination(
      HttpResponse<String> response, int offset, int limit, int total) {
    JsonObject pagination = json(response).getJsonObject("pagination");
    assertThat(pagination.getInt("offset")).isEqualTo(offset);
    assertThat(pagination.getInt("limit")).isEqualTo(limit);
    assertThat(pagination.getInt("total")).isEqualTo(total);
  }

  @Test
  void summary_returnsZerosWithTwoDecimals_onUserWithoutWallet() {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response = call(user, WALLET);

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"pending_balance\":\"0.00\",\"available_balance\":\"0.00\","
                + "\"paid_balance\":\"0.00\"}");
  }

  @Test
  void summary_returnsStoredBalancesAsStrings_onUserWithWallet() throws Exception {
    // Arrange
    Session user = newSession();
    wallet(user.userId(), "19.05", "15", "50.5");

    // Act
    HttpResponse<String> response = call(user, WALLET);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject wallet = json(response);
    assertThat(wallet.getString("pending_balance")).isEqualTo("19.05");
    assertThat(wallet.getString("available_balance")).isEqualTo("15.00");
    assertThat(wallet.getString("paid_balance")).isEqualTo("50.50");
  }

  @Test
  void summary_showsOnlyCallersWallet_onAdminCaller() throws Exception {
    // Arrange
    Session admin = newAdminSession();
    Session user = newSession();
    wallet(user.userId(), "1.00", "2.00", "3.00");

    // Act
    HttpResponse<String> response = call(admin, WALLET);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("available_balance")).isEqualTo("0.00");
  }

  @Test
  void walletEndpoints_return401_onMissingToken() {
    // Act
    HttpResponse<String> summary = get(WALLET);
    HttpResponse<String> transactions = get(TRANSACTIONS);

    // Assert
    assertThat(summary.statusCode()).isEqualTo(401);
    assertThat(error(summary).getString("code")).isEqualTo("INVALID_TOKEN");
    assertThat(transactions.statusCode()).isEqualTo(401);
  }

  @Test
  void transactions_returnsEmptyPageWithDefaults_onUserWithoutTransactions() {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response = call(user, TRANSACTIONS);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(data(response)).isEmpty();
    assertPagination(response, 0, 10, 0);
  }

  @Test
  void transactions_listsOwnRowsNewestFirstWithFields_onSeveralRows() throws Exception {
    // Arrange
    Session user = newSession();
    Session other = newSession();
    LocalDateTime now = LocalDateTime.now().withNano(0);
    String[] oldest = cashback(user.userId(), "3.75", "available", now.minusDays(2)).split(" ");
    String[] middle = cashback(user.userId(), "0.00", "pending", now.minusDays(1)).split(" ");
    String[] newest = cashback(user.userId(), "7.5", "reversed", now).split(" ");
    cashback(other.userId(), "9.99", "pending", now);

    // Act
    HttpResponse<String> response = call(user, TRANSACTIONS);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonObject> rows = data(response);
    assertThat(rows)
        .extracting(row -> row.getString("id"))
        .containsExactly(newest[0], middle[0], oldest[0]);
    JsonObject first = rows.get(0);
    assertThat(first.keySet())
        .containsExactly("id", "type", "amount", "status", "related_purchase_id");
    assertThat(first.getString("type")).isEqualTo("cashback_credit");
    assertThat(first.getString("amount")).isEqualTo("7.50");
    assertThat(first.getString("status")).isEqualTo("reversed");
    assertThat(first.getString("related_purchase_id")).isEqualTo(newest[1]);
    assertThat(rows.get(1).getString("amount")).isEqualTo("0.00");
    assertThat(json(response).getJsonObject("pagination").getInt("total")).isEqualTo(3);
  }

  @Test
  void transactions_pagesWithRealTotal_onOffsetAndLimit() throws Exception {
    // Arrange
    Session user = newSession();
    LocalDateTime now = LocalDateTime.now().withNano(0);
    cashback(user.userId(), "1.00", "pending", now.minusHours(2));
    String second = cashback(user.userId(), "2.00", "pending", now.minusHours(1)).split(" ")[0];
    cashback(user.userId(), "3.00", "pending", now);

    // Act
    HttpResponse<String> page = call(user, TRANSACTIONS + "?offset=1&limit=1");
    HttpResponse<String> past = call(user, TRANSACTIONS + "?offset=5&limit=100");

    // Assert
    assertThat(data(page)).extracting(row -> row.getString("id")).containsExactly(second);
    assertPagination(page, 1, 1, 3);
    assertThat(data(past)).isEmpty();
    assertThat(json(past).getJsonObject("pagination").getInt("total")).isEqualTo(3);
  }

  @Test
  void transactions_returns422ListingBoth_onBadPageParameters() {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response = call(user, TRANSACTIONS + "?offset=-1&limit=101");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error.getJsonObject("details").getJsonArray("violations").toString())
        .contains("\"field\":\"offset\"")
        .contains("\"field\":\"limit\"")
        .contains("less than or equal to 100");
  }
}
