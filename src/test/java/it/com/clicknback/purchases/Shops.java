package it.com.clicknback.purchases;

import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.TestDatabase;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Merchants, offers, purchases and balances for purchase tests, through the API where it can. */
final class Shops {

  private Shops() {}

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** An active merchant with a live offer ({@code "percent"} or {@code "fixed"}); its id. */
  static String shopWithOffer(Session admin, String type, Object value, Object monthlyCap) {
    HttpResponse<String> merchant =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/merchants/",
            "{\"name\":\"Purchase shop %s\",\"default_cashback_percentage\":5}"
                .formatted(UUID.randomUUID()));
    assertThat(merchant.statusCode()).isEqualTo(201);
    String merchantId = json(merchant).getString("id");
    HttpResponse<String> offer =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/offers/",
            ("{\"merchant_id\":\"%s\",\"cashback_type\":\"%s\",\"cashback_value\":%s,"
                    + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":%s}")
                .formatted(merchantId, type, value, today(), today().plusDays(30), monthlyCap));
    assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
    return merchantId;
  }

  /** An active merchant without any offer; its id. */
  static String shopWithoutOffer(Session admin, boolean active) {
    HttpResponse<String> merchant =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/merchants/",
            "{\"name\":\"Bare shop %s\",\"default_cashback_percentage\":5,\"active\":%s}"
                .formatted(UUID.randomUUID(), active));
    assertThat(merchant.statusCode()).isEqualTo(201);
    return json(merchant).getString("id");
  }

  static String body(String externalId, String userId, String merchantId, String amountJson) {
    return body(externalId, userId, merchantId, amountJson, "EUR");
  }

  static String body(
      String externalId, String userId, String merchantId, String amountJson, String currency) {
    return ("{\"external_id\":\"%s\",\"user_id\":\"%s\",\"merchant_id\":\"%s\","
            + "\"amount\":%s,\"currency\":\"%s\"}")
        .formatted(externalId, userId, merchantId, amountJson, currency);
  }

  static HttpResponse<String> ingest(Session caller, String body) {
    return authorized(caller.accessToken(), "POST", "/api/v1/purchases", body);
  }

  static String externalId() {
    return "it-" + UUID.randomUUID();
  }

  /** One number from the database, e.g. a count or a sum; 0 when there is no row or it is null. */
  static BigDecimal scalar(String sql, String userId) throws SQLException {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, userId);
      try (ResultSet rows = query.executeQuery()) {
        BigDecimal value = rows.next() ? rows.getBigDecimal(1) : null;
        return value == null ? BigDecimal.ZERO : value;
      }
    }
  }

  static BigDecimal purchaseCount(String userId) throws SQLException {
    return scalar("SELECT count(*) FROM purchases WHERE user_id = ?::uuid", userId);
  }

  static BigDecimal cashbackRowCount(String userId) throws SQLException {
    return scalar("SELECT count(*) FROM cashback_transactions WHERE user_id = ?::uuid", userId);
  }

  static BigDecimal pendingBalance(String userId) throws SQLException {
    return scalar("SELECT pending_balance FROM wallets WHERE user_id = ?::uuid", userId);
  }

  static BigDecimal auditRows(String action, String userId) throws SQLException {
    return scalar(
        "SELECT count(*) FROM audit_logs WHERE action = '" + action + "' AND actor_id = ?::uuid",
        userId);
  }

  /** A logged-in user whose purchases the verification job leaves alone (flag off for them). */
  static Session shopper(Session admin) {
    Session user = Accounts.newSession();
    disableAutoConfirm(admin, user);
    return user;
  }

  /** Sets {@code purchase_auto_confirm} to false for the user (spec 10 §4). */
  static void disableAutoConfirm(Session admin, Session user) {
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "PUT",
            "/api/v1/feature-flags/purchase_auto_confirm",
            "{\"enabled\":false,\"scope_type\":\"user\",\"scope_id\":\"%s\"}"
                .formatted(user.userId()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
