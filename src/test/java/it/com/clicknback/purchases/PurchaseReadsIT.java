package it.com.clicknback.purchases;

import static it.com.clicknback.purchases.Shops.body;
import static it.com.clicknback.purchases.Shops.externalId;
import static it.com.clicknback.purchases.Shops.ingest;
import static it.com.clicknback.purchases.Shops.shopWithOffer;
import static it.com.clicknback.purchases.Shops.today;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Purchase details and lists (spec 06 P2, P3, P4). */
@MicroShedTest
class PurchaseReadsIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  private static HttpResponse<String> get(Session caller, String path) {
    return authorized(caller.accessToken(), "GET", path, null);
  }

  private static String purchase(Session user, String shop, String amount) {
    HttpResponse<String> response = ingest(user, body(externalId(), user.userId(), shop, amount));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).getString("id");
  }

  private static List<JsonObject> data(HttpResponse<String> response) {
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  @Test
  void details_returnsPurchaseWithMerchantName_onOwnerOrAdmin() {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "percent", 5, 1000);
    String id = purchase(user, shop, "50");

    // Act
    HttpResponse<String> own = get(user, "/api/v1/purchases/" + id);
    HttpResponse<String> byAdmin = get(admin, "/api/v1/purchases/" + id);

    // Assert
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonObject purchase = json(own);
    assertThat(purchase.keySet())
        .containsExactly(
            "id",
            "merchant_name",
            "amount",
            "status",
            "cashback_amount",
            "cashback_status",
            "created_at");
    assertThat(purchase.getString("merchant_name")).startsWith("Purchase shop ");
    assertThat(purchase.getString("amount")).isEqualTo("50.00");
    assertThat(purchase.getString("cashback_amount")).isEqualTo("2.50");
    assertThat(purchase.get("cashback_status")).isEqualTo(JsonValue.NULL);
    assertThat(purchase.getString("created_at")).startsWith(today().toString()).doesNotEndWith("Z");
    assertThat(byAdmin.statusCode()).isEqualTo(200);
  }

  @Test
  void details_returns403_onOtherUsersPurchase() {
    // Arrange
    Session owner = Shops.shopper(admin);
    Session other = Shops.shopper(admin);
    String id = purchase(owner, shopWithOffer(admin, "fixed", 1, 100), "5");

    // Act
    HttpResponse<String> response = get(other, "/api/v1/purchases/" + id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    JsonObject details = error(response).getJsonObject("details");
    assertThat(details.getString("purchase_id")).isEqualTo(id);
    assertThat(details.getString("resource_owner")).isEqualTo(owner.userId());
    assertThat(details.getString("current_user")).isEqualTo(other.userId());
  }

  @Test
  void details_returns404_onUnknownOrMalformedId() {
    // Arrange
    Session user = Shops.shopper(admin);

    // Act
    HttpResponse<String> unknown = get(user, "/api/v1/purchases/" + UUID.randomUUID());
    HttpResponse<String> malformed = get(user, "/api/v1/purchases/not-a-uuid");

    // Assert
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(error(unknown).getJsonObject("details").getString("resource_type"))
        .isEqualTo("purchase");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(error(malformed).getString("message"))
        .isEqualTo("Purchase with ID 'not-a-uuid' does not exist.");
  }

  @Test
  void listOwn_returnsOnlyCallersPurchasesNewestFirst_onStatusFilterAndPaging() {
    // Arrange
    Session user = Shops.shopper(admin);
    Session other = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 1, 100);
    String first = purchase(user, shop, "1");
    String second = purchase(user, shop, "2");
    purchase(other, shop, "3");

    // Act
    HttpResponse<String> all = get(user, "/api/v1/users/me/purchases");
    HttpResponse<String> pending = get(user, "/api/v1/users/me/purchases?status=pending&limit=1");
    HttpResponse<String> confirmed = get(user, "/api/v1/users/me/purchases?status=confirmed");

    // Assert
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(data(all)).extracting(p -> p.getString("id")).containsExactly(second, first);
    assertThat(json(all).getJsonObject("pagination").getInt("limit")).isEqualTo(10);
    assertThat(data(pending)).extracting(p -> p.getString("id")).containsExactly(second);
    assertThat(json(pending).getJsonObject("pagination").getInt("total")).isEqualTo(2);
    assertThat(data(confirmed)).isEmpty();
  }

  @Test
  void lists_return422InvalidPurchaseStatus_onUnknownStatus() {
    // Arrange
    Session user = Shops.shopper(admin);

    // Act
    HttpResponse<String> own = get(user, "/api/v1/users/me/purchases?status=badvalue");
    HttpResponse<String> all = get(admin, "/api/v1/purchases?status=Pending");

    // Assert
    assertThat(own.statusCode()).isEqualTo(422);
    assertThat(error(own).getString("code")).isEqualTo("INVALID_PURCHASE_STATUS");
    assertThat(error(own).getString("message"))
        .isEqualTo(
            "'badvalue' is not a valid purchase status. Allowed values: pending, confirmed,"
                + " reversed.");
    assertThat(error(all).getString("code")).isEqualTo("INVALID_PURCHASE_STATUS");
  }

  @Test
  void adminList_filtersByUserMerchantAndDays_onAdminCaller() {
    // Arrange
    Session user = Shops.shopper(admin);
    String shop = shopWithOffer(admin, "fixed", 1, 100);
    String id = purchase(user, shop, "7.5");

    // Act
    HttpResponse<String> byUser = get(admin, "/api/v1/purchases/?user_id=" + user.userId());
    HttpResponse<String> byShopToday =
        get(
            admin,
            "/api/v1/purchases?merchant_id=%s&start_date=%s&end_date=%s&status=pending"
                .formatted(shop, today(), today()));
    HttpResponse<String> tomorrow =
        get(
            admin,
            "/api/v1/purchases?user_id=%s&start_date=%s"
                .formatted(user.userId(), today().plusDays(1)));
    HttpResponse<String> oddId = get(admin, "/api/v1/purchases?user_id=nobody");

    // Assert
    assertThat(byUser.statusCode()).isEqualTo(200);
    List<JsonObject> rows = data(byUser);
    assertThat(rows).hasSize(1);
    JsonObject row = rows.get(0);
    assertThat(row.keySet())
        .containsExactly(
            "id",
            "external_id",
            "user_id",
            "merchant_id",
            "offer_id",
            "amount",
            "currency",
            "status",
            "created_at");
    assertThat(row.getString("id")).isEqualTo(id);
    assertThat(row.getString("amount")).isEqualTo("7.50");
    assertThat(row.getString("currency")).isEqualTo("EUR");
    assertThat(data(byShopToday)).extracting(p -> p.getString("id")).containsExactly(id);
    assertThat(data(tomorrow)).isEmpty();
    assertThat(oddId.statusCode()).isEqualTo(200);
    assertThat(data(oddId)).isEmpty();
  }

  @Test
  void adminList_returns403_onNonAdminAnd422_onBadDate() {
    // Arrange
    Session user = Shops.shopper(admin);

    // Act
    HttpResponse<String> forbidden = get(user, "/api/v1/purchases");
    HttpResponse<String> badDate = get(admin, "/api/v1/purchases?start_date=yesterday&limit=0");

    // Assert
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(error(badDate).getJsonObject("details").getJsonArray("violations")).hasSize(2);
  }
}
