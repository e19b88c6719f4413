package it.com.clicknback.payouts;

import static it.com.clicknback.support.ApiClient.authorized;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.TestDatabase;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Calls and database reads shared by the payout ITs. */
final class Payouts {

  static final String PAYOUTS = "/api/v1/users/payouts";
  static final String WITHDRAW = "/api/v1/users/wallet/withdraw";
  static final String ADMIN_PAYOUTS = "/api/v1/admin/payouts";
  static final String IBAN = "ES9121000418450200051332";

  private Payouts() {}

  /**
   * Gives the user a wallet with these balances, written in SQL (the purchase and confirmation path
   * that earns them is covered by {@code PayoutWorkflowIT}).
   */
  static void wallet(Session user, String pending, String available, String paid)
      throws SQLException {
    try (Connection connection = db();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO wallets (user_id, pending_balance, available_balance, paid_balance)"
                    + " VALUES (?::uuid, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                    + " pending_balance = EXCLUDED.pending_balance,"
                    + " available_balance = EXCLUDED.available_balance,"
                    + " paid_balance = EXCLUDED.paid_balance")) {
      upsert.setString(1, user.userId());
      upsert.setBigDecimal(2, new BigDecimal(pending));
      upsert.setBigDecimal(3, new BigDecimal(available));
      upsert.setBigDecimal(4, new BigDecimal(paid));
      upsert.executeUpdate();
    }
  }

  static String bankTransfer(String amountJson) {
    return "{\"amount\":%s,\"method\":\"bank_transfer\",\"details\":{\"iban\":\"%s\"}}"
        .formatted(amountJson, IBAN);
  }

  static HttpResponse<String> request(Session caller, String body) {
    return authorized(caller.accessToken(), "POST", PAYOUTS, body);
  }

  static HttpResponse<String> process(Session caller, String payoutId, String status) {
    return authorized(
        caller.accessToken(),
        "PATCH",
        ADMIN_PAYOUTS + "/" + payoutId + "/process",
        "{\"status\":\"%s\"}".formatted(status));
  }

  static BigDecimal balance(String column, Session user) throws SQLException {
    return scalar("SELECT " + column + " FROM wallets WHERE user_id = ?::uuid", user.userId());
  }

  static BigDecimal auditCount(String action, String payoutId) throws SQLException {
    return scalar(
        "SELECT count(*) FROM audit_logs WHERE action = '"
            + action
            + "' AND resource_type = 'payout' AND resource_id = ?",
        payoutId);
  }

  static String text(String sql, String parameter) throws SQLException {
    try (Connection connection = db();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** One number from the database; 0 when there is no row or it is null. */
  static BigDecimal scalar(String sql, String parameter) throws SQLException {
    try (Connection connection = db();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        BigDecimal value = rows.next() ? rows.getBigDecimal(1) : null;
        return value == null ? BigDecimal.ZERO : value;
      }
    }
  }

  private static Connection db() throws SQLException {
    return TestDatabase.connect(TestDatabase.setting("DB_NAME"));
  }
}
