package it.com.clicknback.purchases;

import static it.com.clicknback.purchases.Shops.auditRows;
import static it.com.clicknback.purchases.Shops.body;
import static it.com.clicknback.purchases.Shops.cashbackRowCount;
import static it.com.clicknback.purchases.Shops.externalId;
import static it.com.clicknback.purchases.Shops.ingest;
import static it.com.clicknback.purchases.Shops.pendingBalance;
import static it.com.clicknback.purchases.Shops.purchaseCount;
import static it.com.clicknback.purchases.Shops.shopWithOffer;
import static it.com.clicknback.purchases.Shops.shopWithoutOffer;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Purchase ingestion (spec 06 P1, 99 M4, D9): cashback, wallet credit, idempotency, the cap. */
@MicroShedTest
class PurchasesIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  private static HttpResponse<String> wallet(Session user) {
    return authorized(user.accessToken(), "GET", "/api/v1/users/me/wallet", null);
  }

  @Test
  void ingest_returns201PendingWithCashbackAndCreditsPending_onValidPurchase() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "percent", 5, 1000);

    // Act
    HttpResponse<String> response = ingest(user, body(externalId(), user.userId(), shop, "75.00"));

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject purchase = json(response);
    assertThat(purchase.keySet()).containsExactly("id", "status", "cashback_amount");
    assertThat(purchase.getString("status")).isEqualTo("pending");
    assertThat(purchase.getString("cashback_amount")).isEqualTo("3.75");
    JsonObject balances = json(wallet(user));
    assertThat(balances.getString("pending_balance")).isEqualTo("3.75");
    assertThat(balances.getString("available_balance")).isEqualTo("0.00");
    HttpResponse<String> transactions =
        authorized(user.accessToken(), "GET", "/api/v1/users/me/wallet/transactions", null);
    JsonObject row = json(transactions).getJsonArray("data").getJsonObject(0);
    assertThat(row.getString("amount")).isEqualTo("3.75");
    assertThat(row.getString("status")).isEqualTo("pending");
    assertThat(row.getString("related_purchase_id")).isEqualTo(purchase.getString("id"));
    assertThat(auditRows("PURCHASE_INGESTED", user.userId())).isEqualByComparingTo("1");
    assertThat(auditRows("CASHBACK_CREDITED", user.userId())).isEqualByComparingTo("1");
  }

  @Test
  void ingest_roundsHalfEvenAndAcceptsNumericStringAndLowerCaseEur_onSpecVector() {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "percent", 5, 1000);

    // Act
    HttpResponse<String> number =
        ingest(user, body(externalId(), user.userId(), shop, "10.500", "eur"));
    HttpResponse<String> text = ingest(user, body(externalId(), user.userId(), shop, "\"49.50\""));

    // Assert
    assertThat(number.statusCode()).as(number.body()).isEqualTo(201);
    assertThat(json(number).getString("cashback_amount")).isEqualTo("0.52");
    assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
    assertThat(json(text).getString("cashback_amount")).isEqualTo("2.48");
  }

  @Test
  void ingest_returns409WithStoredPurchaseAndWritesNothing_onRepeatedExternalId() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    Session other = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 1000);
    String key = externalId();
    assertThat(ingest(user, body(key, user.userId(), shop, "100.50")).statusCode()).isEqualTo(201);

    // Act
    HttpResponse<String> again = ingest(user, body(key, user.userId(), shop, "5"));
    HttpResponse<String> byOther = ingest(other, body(key, other.userId(), shop, "5"));

    // Assert
    for (HttpResponse<String> response : List.of(again, byOther)) {
      assertThat(response.statusCode()).isEqualTo(409);
      JsonObject error = error(response);
      assertThat(error.getString("code")).isEqualTo("DUPLICATE_PURCHASE");
      assertThat(error.getString("message"))
          .isEqualTo("A purchase with external ID '" + key + "' has already been processed.");
      JsonObject details = error.getJsonObject("details");
      assertThat(details.getString("external_id")).isEqualTo(key);
      assertThat(details.getString("previously_processed_amount")).isEqualTo("100.50");
      assertThat(details.getString("previously_created_at")).doesNotEndWith("Z");
    }
    assertThat(purchaseCount(user.userId())).isEqualByComparingTo("1");
    assertThat(purchaseCount(other.userId())).isEqualByComparingTo("0");
    assertThat(pendingBalance(user.userId())).isEqualByComparingTo("3.00");
  }

  @Test
  void ingest_storesExactlyOnePurchaseAndCredit_on20ParallelIdenticalRequests() throws Exception {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "percent", 10, 1000);
    String request = body(externalId(), user.userId(), shop, "33.33");

    // Act
    List<HttpResponse<String>> responses = Parallel.times(20, () -> ingest(user, request));

    // Assert
    List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
    responses.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(r -> assertThat(error(r).getString("code")).isEqualTo("DUPLICATE_PURCHASE"));
    assertThat(purchaseCount(user.userId())).isEqualByComparingTo("1");
    assertThat(cashbackRowCount(user.userId())).isEqualByComparingTo("1");
    assertThat(pendingBalance(user.userId())).isEqualByComparingTo("3.33");
  }

  @Test
  void ingest_givesOne201AndSequential409_onTwoUsersRacingForOneExternalId() throws Exception {
    // Arrange
    Session first = Shops.shopper(admin);
    Session second = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 2, 1000);
    String key = externalId();
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(() -> ingest(first, body(key, first.userId(), shop, "10")));
      calls.add(() -> ingest(second, body(key, second.userId(), shop, "10")));
    }

    // Act
    List<HttpResponse<String>> responses = Parallel.run(calls);

    // Assert
    assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
    assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(9);
    BigDecimal purchases = purchaseCount(first.userId()).add(purchaseCount(second.userId()));
    assertThat(purchases).isEqualByComparingTo("1");
    BigDecimal pending = pendingBalance(first.userId()).add(pendingBalance(second.userId()));
    assertThat(pending).isEqualByComparingTo("2.00");
  }

  @Test
  void ingest_neverCreditsMoreThanMonthlyCap_onParallelIngestionByOneUser() throws Exception {
    // Arrange: 10 purchases of 3.00 cashback each against a cap of 10.00
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 10);
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String request = body(externalId(), user.userId(), shop, "50");
      calls.add(() -> ingest(user, request));
    }

    // Act
    List<HttpResponse<String>> responses = Parallel.run(calls);

    // Assert: 3 + 3 + 3 + 1 + 0 × 6
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
    List<String> cashbacks =
        responses.stream().map(r -> json(r).getString("cashback_amount")).sorted().toList();
    assertThat(cashbacks)
        .containsExactly(
            "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1.00", "3.00", "3.00", "3.00");
    assertThat(pendingBalance(user.userId())).isEqualByComparingTo("10.00");
    assertThat(cashbackRowCount(user.userId())).isEqualByComparingTo("10");
  }

  @Test
  void ingest_returns403BeforeDuplicateCheck_onSomeoneElsesUserId() {
    // Arrange
    Session user = Shops.shopper(admin);
    Session victim = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 100);

    // Act
    HttpResponse<String> response = ingest(user, body(externalId(), victim.userId(), shop, "5"));

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("FORBIDDEN");
    assertThat(error.getString("message"))
        .isEqualTo("You can only ingest purchases on your own behalf.");
  }

  @Test
  void ingest_returns422WithSpecificCodes_onCurrencyMerchantOrOfferProblems() {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 100);
    String inactive = shopWithoutOffer(admin, false);
    String bare = shopWithoutOffer(admin, true);

    // Act
    HttpResponse<String> usd = ingest(user, body(externalId(), user.userId(), shop, "5", "usd"));
    HttpResponse<String> unknown =
        ingest(user, body(externalId(), user.userId(), UUID.randomUUID().toString(), "5"));
    HttpResponse<String> closed = ingest(user, body(externalId(), user.userId(), inactive, "5"));
    HttpResponse<String> noOffer = ingest(user, body(externalId(), user.userId(), bare, "5"));

    // Assert
    assertThat(usd.statusCode()).isEqualTo(422);
    assertThat(error(usd).getString("code")).isEqualTo("UNSUPPORTED_CURRENCY");
    assertThat(error(usd).getString("message"))
        .isEqualTo("Currency 'usd' is not supported. Only EUR is accepted at this time.");
    assertThat(error(unknown).getString("code")).isEqualTo("MERCHANT_NOT_ELIGIBLE");
    assertThat(error(closed).getString("code")).isEqualTo("MERCHANT_NOT_ELIGIBLE");
    assertThat(noOffer.statusCode()).isEqualTo(422);
    assertThat(error(noOffer).getString("code")).isEqualTo("OFFER_NOT_AVAILABLE");
    assertThat(error(noOffer).getJsonObject("details").getString("merchant_id")).isEqualTo(bare);
  }

  @Test
  void ingest_returns422ListingEveryField_onMalformedBody() {
    // Arrange
    Session user = Shops.shopper(admin);

    // Act
    HttpResponse<String> response =
        ingest(
            user,
            "{\"external_id\":\"\",\"user_id\":\"nope\",\"merchant_id\":\"x\","
                + "\"amount\":\"10.500\",\"currency\":\"EURO\"}");
    HttpResponse<String> missing = ingest(user, "{}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    String violations =
        error(response).getJsonObject("details").getJsonArray("violations").toString();
    assertThat(violations)
        .contains("\"field\":\"external_id\"")
        .contains("\"field\":\"user_id\"")
        .contains("\"field\":\"merchant_id\"")
        .contains("\"field\":\"amount\",\"reason\":\"Decimal input should have no more than 2")
        .contains("\"field\":\"currency\"");
    assertThat(error(missing).getJsonObject("details").getJsonArray("violations")).hasSize(5);
  }

  @Test
  void ingest_returns422_onAmountZeroNegativeTooLargeOrNotNumeric() {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 3, 100);

    // Act & Assert
    for (String amount : List.of("0", "-1", "10000000000", "\"abc\"", "true", "\"1e400\"")) {
      HttpResponse<String> response = ingest(user, body(externalId(), user.userId(), shop, amount));
      assertThat(response.statusCode()).as(amount + ": " + response.body()).isEqualTo(422);
      assertThat(error(response).getString("code")).isEqualTo("VALIDATION_ERROR");
      assertThat(error(response).getJsonObject("details").toString()).contains("amount");
    }
  }

  @Test
  void ingest_returns401_onMissingToken() {
    // Act
    HttpResponse<String> response =
        it.com.clicknback.support.ApiClient.send("POST", "/api/v1/purchases/", "{}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(401);
  }
}
