package it.com.clicknback.merchants;

import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class MerchantsIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  static String uniqueName() {
    return "Shop " + UUID.randomUUID();
  }

  static HttpResponse<String> create(String body) {
    return authorized(admin.accessToken(), "POST", "/api/v1/merchants/", body);
  }

  static String createMerchant(String name, double percentage, boolean active) {
    HttpResponse<String> response =
        create(
            "{\"name\":\"%s\",\"default_cashback_percentage\":%s,\"active\":%s}"
                .formatted(name, percentage, active));
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).getString("id");
  }

  @Test
  void create_returns201Merchant_onValidBody() {
    // Arrange
    String name = uniqueName();

    // Act
    HttpResponse<String> response =
        create("{\"name\":\"%s\",\"default_cashback_percentage\":\"5\"}".formatted(name));

    // Assert
    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject merchant = json(response);
    assertThat(UUID.fromString(merchant.getString("id"))).isNotNull();
    assertThat(merchant.getString("name")).isEqualTo(name);
    assertThat(merchant.getJsonNumber("default_cashback_percentage").doubleValue()).isEqualTo(5.0);
    assertThat(merchant.getBoolean("active")).isTrue();
  }

  @Test
  void create_returns409ValidationError_onPercentageAboveMax() {
    // Act
    HttpResponse<String> response =
        create("{\"name\":\"%s\",\"default_cashback_percentage\":20.5}".formatted(uniqueName()));

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error.getString("message")).isEqualTo("Cashback percentage not valid.");
    assertThat(error.getJsonObject("details").getString("reason"))
        .isEqualTo(
            "Cashback percentage is not valid: Default cashback percentage must be between 0 and"
                + " 20.0.");
  }

  @Test
  void create_returns409MerchantAlreadyExists_onDuplicateName() {
    // Arrange
    String name = uniqueName();
    createMerchant(name, 5, true);

    // Act
    HttpResponse<String> response =
        create("{\"name\":\"%s\",\"default_cashback_percentage\":1}".formatted(name));

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(error(response).getString("code")).isEqualTo("MERCHANT_ALREADY_EXISTS");
    assertThat(error(response).getJsonObject("details").getString("name")).isEqualTo(name);
  }

  @Test
  void create_succeedsExactlyOnce_onConcurrentDuplicateNames() throws Exception {
    // Arrange
    String body = "{\"name\":\"%s\",\"default_cashback_percentage\":3}".formatted(uniqueName());
    int parallel = 8;

    // Act
    List<Integer> statuses = Parallel.times(parallel, () -> create(body).statusCode());

    // Assert
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(parallel - 1);
  }

  @Test
  void create_returns422ListingFields_onMissingAndMistypedFields() {
    // Act
    HttpResponse<String> missing = create("{}");
    HttpResponse<String> mistyped =
        create("{\"name\":\"x\",\"default_cashback_percentage\":\"lots\"}");

    // Assert
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(error(missing).getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo(
            "[{\"field\":\"name\",\"reason\":\"Field required\"},"
                + "{\"field\":\"default_cashback_percentage\",\"reason\":\"Field required\"}]");
    assertThat(mistyped.statusCode()).isEqualTo(422);
  }

  @Test
  void merchantEndpoints_return403_onNonAdmin() {
    // Arrange
    Session user = newSession();

    // Act
    HttpResponse<String> response =
        authorized(user.accessToken(), "GET", "/api/v1/merchants", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response).getString("code")).isEqualTo("FORBIDDEN");
  }

  @Test
  void merchantEndpoints_return401_onMissingToken() {
    // Act
    HttpResponse<String> response = send("POST", "/api/v1/merchants/", "{}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response).getString("code")).isEqualTo("INVALID_TOKEN");
  }

  @Test
  void list_pagesInCreationOrderWithTotal_onActiveFilter() {
    // Arrange
    String first = createMerchant(uniqueName(), 1, false);
    String second = createMerchant(uniqueName(), 2, false);

    // Act
    HttpResponse<String> all =
        authorized(admin.accessToken(), "GET", "/api/v1/merchants?active=no&limit=100", null);
    JsonObject pagination = json(all).getJsonObject("pagination");
    long total = pagination.getJsonNumber("total").longValue();
    HttpResponse<String> lastTwo =
        authorized(
            admin.accessToken(),
            "GET",
            "/api/v1/merchants/?active=false&limit=2&offset=" + (total - 2),
            null);

    // Assert
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(json(all).getJsonArray("data").getValuesAs(JsonObject.class))
        .allSatisfy(m -> assertThat(m.getBoolean("active")).isFalse());
    assertThat(
            json(lastTwo).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id"))
                .toList())
        .containsExactly(first, second);
    assertThat(json(lastTwo).getJsonObject("pagination").getInt("limit")).isEqualTo(2);
  }

  @Test
  void list_returns422_onOutOfRangeOrNonIntegerPaging() {
    // Act
    HttpResponse<String> response =
        authorized(admin.accessToken(), "GET", "/api/v1/merchants?offset=-1&limit=101", null);
    HttpResponse<String> notInteger =
        authorized(admin.accessToken(), "GET", "/api/v1/merchants?limit=ten&active=maybe", null);

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo(
            "[{\"field\":\"offset\",\"reason\":\"Input should be greater than or equal to 0\"},"
                + "{\"field\":\"limit\",\"reason\":\"Input should be less than or equal to 100\"}]");
    assertThat(notInteger.statusCode()).isEqualTo(422);
    assertThat(error(notInteger).getJsonObject("details").getJsonArray("violations")).hasSize(2);
  }

  @Test
  void setStatus_togglesAndIsIdempotent_onExistingMerchant() {
    // Arrange
    String id = createMerchant(uniqueName(), 5, true);
    String path = "/api/v1/merchants/" + id + "/status";

    // Act
    HttpResponse<String> off =
        authorized(admin.accessToken(), "PATCH", path, "{\"status\":\"inactive\"}");
    HttpResponse<String> offAgain =
        authorized(admin.accessToken(), "PATCH", path, "{\"status\":\"inactive\"}");

    // Assert
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(json(off).getString("id")).isEqualTo(id);
    assertThat(json(off).getString("status")).isEqualTo("inactive");
    assertThat(offAgain.statusCode()).isEqualTo(200);
  }

  @Test
  void setStatus_returns404_onUnknownOrMalformedId() {
    // Act
    HttpResponse<String> unknown =
        authorized(
            admin.accessToken(),
            "PATCH",
            "/api/v1/merchants/" + UUID.randomUUID() + "/status",
            "{\"status\":\"active\"}");
    HttpResponse<String> malformed =
        authorized(
            admin.accessToken(),
            "PATCH",
            "/api/v1/merchants/not-a-uuid/status",
            "{\"status\":\"active\"}");

    // Assert
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(error(unknown).getJsonObject("details").getString("resource_type"))
        .isEqualTo("merchant");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(error(malformed).getString("message"))
        .isEqualTo("Merchant with ID 'not-a-uuid' does not exist.");
  }

  @Test
  void setStatus_returns422_onUnknownStatus() {
    // Arrange
    String id = createMerchant(uniqueName(), 5, true);

    // Act
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "PATCH",
            "/api/v1/merchants/" + id + "/status",
            "{\"status\":\"Active\"}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getJsonObject("details").getJsonArray("violations").toString())
        .contains("Input should be 'active' or 'inactive'");
  }
}
