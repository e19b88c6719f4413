package it.com.clicknback.reliability;

import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.ServerInstance;
import it.com.clicknback.support.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntPredicate;

/** Set-up and database reads shared by the reliability drills. */
final class Drills {

  private Drills() {}

  /**
   * The drill's own packaged server on make reliability's ports ({@code DRILL_HTTP_PORT}), started;
   * outside make reliability the drill is skipped.
   */
  static ServerInstance startServer(String name, Map<String, String> settings) throws Exception {
    assumeTrue(System.getenv("DRILL_HTTP_PORT") != null, "run by make reliability");
    ServerInstance server =
        new ServerInstance(
            name,
            ServerInstance.port("DRILL_HTTP_PORT", 0),
            ServerInstance.port("DRILL_HTTPS_PORT", 0),
            settings);
    server.start();
    return server;
  }

  /** An active merchant with a live percentage offer, made through the API; its id. */
  static String shop(Session admin, int percent) {
    HttpResponse<String> merchant =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/merchants/",
            "{\"name\":\"Drill shop %s\",\"default_cashback_percentage\":5}"
                .formatted(UUID.randomUUID()));
    assertThat(merchant.statusCode()).as(merchant.body()).isEqualTo(201);
    String merchantId = json(merchant).getString("id");
    offer(admin, merchantId, percent);
    return merchantId;
  }

  /** The server's rejection merchant (REJECTION_MERCHANT_ID) with a live offer; its id. */
  static String rejectionShop(Session admin, String merchantId, int percent) throws SQLException {
    update(
        "INSERT INTO merchants (id, name, default_cashback_percentage, active)"
            + " VALUES (?::uuid, 'Drill rejection shop', 5, TRUE) ON CONFLICT (id) DO NOTHING",
        merchantId);
    if (count("SELECT count(*) FROM offers WHERE merchant_id = ?::uuid AND active", merchantId)
        == 0) {
      offer(admin, merchantId, percent);
    }
    return merchantId;
  }

  private static void offer(Session admin, String merchantId, int percent) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    HttpResponse<String> offer =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/offers/",
            ("{\"merchant_id\":\"%s\",\"cashback_type\":\"percent\",\"cashback_value\":%d,"
                    + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":1000000}")
                .formatted(merchantId, percent, today, today.plusDays(30)));
    assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
  }

  /** Turns the verification job on or off for one merchant or user (flag purchase_auto_confirm). */
  static void autoConfirm(Session admin, String scopeType, String scopeId, boolean enabled) {
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "PUT",
            "/api/v1/feature-flags/purchase_auto_confirm",
            "{\"enabled\":%s,\"scope_type\":\"%s\",\"scope_id\":\"%s\"}"
                .formatted(enabled, scopeType, scopeId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  static String externalId(String drill) {
    return drill + "-" + UUID.randomUUID();
  }

  /** A purchase amount between 1.00 and 250.00 with cents, so cashback rounds. */
  static String amount(Random random) {
    return BigDecimal.valueOf(100 + random.nextInt(24_900), 2)
        .setScale(2, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  static String purchase(String externalId, String userId, String merchantId, String amount) {
    return ("{\"external_id\":\"%s\",\"user_id\":\"%s\",\"merchant_id\":\"%s\","
            + "\"amount\":\"%s\",\"currency\":\"EUR\"}")
        .formatted(externalId, userId, merchantId, amount);
  }

  static String payout(String amount) {
    return "{\"amount\":\"%s\",\"method\":\"bank_transfer\",\"details\":{\"iban\":\"%s\"}}"
        .formatted(amount, "ES9121000418450200051332");
  }

  /** {@code {a,b,c}}: a PostgreSQL array literal of ids, for {@code = ANY (?::uuid[])}. */
  static String array(Collection<String> values) {
    return "{" + String.join(",", values) + "}";
  }

  /** One count from the database; the single parameter is bound as a string. */
  static long count(String sql, String parameter) throws SQLException {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement query = connection.prepareStatement(sql)) {
      if (sql.contains("?")) {
        query.setString(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  static void update(String sql, String parameter) throws SQLException {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, parameter);
      update.executeUpdate();
    }
  }

  /** Pending purchases of these users (the job's remaining work for them). */
  static long pendingPurchases(Collection<String> userIds) throws SQLException {
    return count(
        "SELECT count(*) FROM purchases WHERE status = 'pending' AND user_id = ANY (?::uuid[])",
        array(userIds));
  }

  /** Waits until none of these users' purchases is pending; the number still pending. */
  static long awaitNoPending(Collection<String> userIds, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    long pending = pendingPurchases(userIds);
    while (pending > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      pending = pendingPurchases(userIds);
    }
    return pending;
  }

  /** Polls {@code /health/ready} of the server under test until {@code done}; the last status. */
  static int awaitReadiness(IntPredicate done, Duration limit, Duration every) {
    long deadline = System.nanoTime() + limit.toNanos();
    int code = readiness();
    while (!done.test(code) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      code = readiness();
    }
    return code;
  }

  static int readiness() {
    try {
      return get("/health/ready").statusCode();
    } catch (RuntimeException e) {
      return LoadDriver.NO_RESPONSE;
    }
  }

  static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
