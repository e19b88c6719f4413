package it.com.clicknback.purchases;

import static it.com.clicknback.purchases.Shops.body;
import static it.com.clicknback.purchases.Shops.externalId;
import static it.com.clicknback.purchases.Shops.ingest;
import static it.com.clicknback.purchases.Shops.scalar;
import static it.com.clicknback.purchases.Shops.shopWithOffer;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import it.com.clicknback.support.TestDatabase;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The background verification job (spec 10, 99 M5) against the test server, which runs it every
 * PURCHASE_CONFIRMATION_INTERVAL_SECONDS (2 s in make test) with REJECTION_MERCHANT_ID set.
 */
@MicroShedTest
class VerificationJobIT {

  private static final Duration PATIENCE = Duration.ofSeconds(40);
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

  private static String status(Session user, String purchaseId) {
    return json(authorized(user.accessToken(), "GET", "/api/v1/purchases/" + purchaseId, null))
        .getString("status");
  }

  /** Waits until the purchase leaves {@code pending}; its final status. */
  private static String awaitOutcome(Session user, String purchaseId) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      String status = status(user, purchaseId);
      if (!"pending".equals(status)) {
        return status;
      }
      Thread.sleep(250);
    }
    return status(user, purchaseId);
  }

  private static String setting(String name) {
    String value = System.getenv(name);
    assertThat(value).as("%s is set for the test server (scripts/test.sh)", name).isNotBlank();
    return value;
  }

  private static BigDecimal balance(String column, Session user) throws Exception {
    return scalar("SELECT " + column + " FROM wallets WHERE user_id = ?::uuid", user.userId());
  }

  private static String auditActorType(String action, String purchaseId) throws Exception {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor_type || ':' || coalesce(actor_id::text, '') FROM audit_logs"
                    + " WHERE action = ? AND resource_id = ?")) {
      query.setString(1, action);
      query.setString(2, purchaseId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** The rejection merchant of the test server, with a live 5 % offer; created once per run. */
  private static String rejectionShop() throws Exception {
    String merchantId = setting("REJECTION_MERCHANT_ID");
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO merchants (id, name, default_cashback_percentage, active)"
                    + " VALUES (?::uuid, 'BankSimFail IT', 5, TRUE) ON CONFLICT (id) DO NOTHING")) {
      insert.setString(1, merchantId);
      insert.executeUpdate();
    }
    HttpResponse<String> offer =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/offers/",
            ("{\"merchant_id\":\"%s\",\"cashback_type\":\"percent\",\"cashback_value\":5,"
                    + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":1000}")
                .formatted(merchantId, Shops.today(), Shops.today().plusDays(30)));
    assertThat(offer.statusCode()).as(offer.body()).isIn(201, 409);
    return merchantId;
  }

  @Test
  void job_confirmsAndReleasesCashback_onPurchaseAtOrdinaryMerchant() throws Exception {
    // Arrange
    Session user = newSession();
    String shop = shopWithOffer(admin, "fixed", 2.5, 1000);

    // Act
    String id = purchase(user, shop, "40");
    String outcome = awaitOutcome(user, id);

    // Assert
    assertThat(outcome).isEqualTo("confirmed");
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("2.50");
    assertThat(auditActorType("PURCHASE_CONFIRMED", id)).isEqualTo("system:");
  }

  @Test
  void job_rejectsAfterLastAttemptAndTakesPending_onRejectionMerchant() throws Exception {
    // Arrange
    Session user = newSession();
    String shop = rejectionShop();
    int attempts = Integer.parseInt(setting("PURCHASE_MAX_VERIFICATION_ATTEMPTS"));

    // Act
    String id = purchase(user, shop, "99.00");
    String outcome = awaitOutcome(user, id);

    // Assert
    assertThat(outcome).isEqualTo("rejected");
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("0.00");
    assertThat(scalar("SELECT verification_attempts FROM purchases WHERE id = ?::uuid", id))
        .isEqualByComparingTo(BigDecimal.valueOf(attempts));
    assertThat(
            scalar(
                "SELECT count(*) FROM cashback_transactions WHERE purchase_id = ?::uuid"
                    + " AND status = 'reversed'",
                id))
        .isEqualByComparingTo("1");
    assertThat(auditActorType("PURCHASE_REJECTED", id)).isEqualTo("system:");
  }

  @Test
  void job_leavesPurchasePending_onAutoConfirmOffForUser() throws Exception {
    // Arrange
    Session user = newSession();
    String shop = shopWithOffer(admin, "fixed", 1, 1000);
    Shops.disableAutoConfirm(admin, user);
    int interval = Integer.parseInt(setting("PURCHASE_CONFIRMATION_INTERVAL_SECONDS"));

    // Act
    String id = purchase(user, shop, "10");
    Thread.sleep(Duration.ofSeconds(3L * interval).toMillis());

    // Assert
    assertThat(status(user, id)).isEqualTo("pending");
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("1.00");
  }

  @Test
  void confirmation_movesMoneyOnce_onAdminsRacingTheJob() throws Exception {
    // Arrange
    Session user = newSession();
    String shop = shopWithOffer(admin, "fixed", 3, 1000);

    // Act: the job picks the purchase up within one interval while admins confirm it too
    String id = purchase(user, shop, "30");
    List<HttpResponse<String>> responses =
        Parallel.times(
            5,
            () ->
                authorized(
                    admin.accessToken(),
                    "POST",
                    "/api/v1/purchases/" + id + "/confirmation",
                    null));
    String outcome = awaitOutcome(user, id);

    // Assert
    assertThat(outcome).isEqualTo("confirmed");
    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSizeLessThanOrEqualTo(1);
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 400));
    assertThat(balance("pending_balance", user)).isEqualByComparingTo("0.00");
    assertThat(balance("available_balance", user)).isEqualByComparingTo("3.00");
    assertThat(
            scalar(
                "SELECT count(*) FROM audit_logs WHERE action = 'PURCHASE_CONFIRMED'"
                    + " AND resource_id = ?",
                id))
        .isEqualByComparingTo("1");
  }
}
