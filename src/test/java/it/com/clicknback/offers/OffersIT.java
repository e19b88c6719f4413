package it.com.clicknback.offers;

import static it.com.clicknback.offers.Catalogue.OFFER_FIELDS;
import static it.com.clicknback.offers.Catalogue.createOffer;
import static it.com.clicknback.offers.Catalogue.get;
import static it.com.clicknback.offers.Catalogue.ids;
import static it.com.clicknback.offers.Catalogue.inactiveOffer;
import static it.com.clicknback.offers.Catalogue.merchant;
import static it.com.clicknback.offers.Catalogue.offer;
import static it.com.clicknback.offers.Catalogue.offerBody;
import static it.com.clicknback.offers.Catalogue.setStatus;
import static it.com.clicknback.offers.Catalogue.today;
import static it.com.clicknback.offers.Catalogue.violations;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.Parallel;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Admin side of offers: creation, status changes, the one-active-offer rule and the audit. */
@MicroShedTest
class OffersIT {

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  private static List<JsonObject> auditTrail(String offerId) {
    HttpResponse<String> response =
        get(admin, "/api/v1/audit-logs?resource_type=offer&resource_id=" + offerId);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  @Test
  void create_returns201ActiveOfferWithNormalisedMerchantId_onLenientPercentBody() {
    // Arrange
    String merchantId = merchant(admin, true);
    String spelledOtherwise = merchantId.toUpperCase().replace("-", "");
    LocalDate start = today();

    // Act
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/offers",
            ("{\"merchant_id\":\"%s\",\"cashback_type\":\"percent\",\"cashback_value\":\"12.5\","
                    + "\"start_date\":\"%sT00:00:00Z\",\"end_date\":\"%s\",\"monthly_cap\":50}")
                .formatted(spelledOtherwise, start, start.plusDays(30)));

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject offer = json(response);
    assertThat(UUID.fromString(offer.getString("id"))).isNotNull();
    assertThat(offer.getString("merchant_id")).isEqualTo(merchantId);
    assertThat(offer.getString("cashback_type")).isEqualTo("percent");
    assertThat(offer.getJsonNumber("cashback_value").doubleValue()).isEqualTo(12.5);
    assertThat(offer.getString("start_date")).isEqualTo(start.toString());
    assertThat(offer.getString("end_date")).isEqualTo(start.plusDays(30).toString());
    assertThat(offer.getJsonNumber("monthly_cap_per_user").doubleValue()).isEqualTo(50.0);
    assertThat(offer.getString("status")).isEqualTo("active");
    assertThat(offer.keySet()).containsExactlyElementsOf(OFFER_FIELDS);
  }

  @Test
  void create_returns201UnroundedFixedOffer_onFixedBodyWithOneDayWindow() {
    // Arrange
    String merchantId = merchant(admin, true);
    LocalDate day = today().plusDays(3);

    // Act
    HttpResponse<String> response =
        createOffer(admin, offerBody(merchantId, "fixed", 1000.123, day, day, 0.5));

    // Assert
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject offer = json(response);
    assertThat(offer.getString("cashback_type")).isEqualTo("fixed");
    assertThat(offer.getJsonNumber("cashback_value").toString()).isEqualTo("1000.123");
    assertThat(offer.getJsonNumber("monthly_cap_per_user").toString()).isEqualTo("0.5");
  }

  @Test
  void create_returns422ListingEveryField_onMissingOrMalformedFields() {
    // Act
    HttpResponse<String> missing = createOffer(admin, "{}");
    HttpResponse<String> malformed =
        createOffer(
            admin,
            "{\"merchant_id\":\"nope\",\"cashback_type\":\"cash\",\"cashback_value\":5,"
                + "\"start_date\":\"tomorrow\",\"end_date\":\"2026-01-01T10:00:00Z\","
                + "\"monthly_cap\":10}");
    HttpResponse<String> notANumber =
        createOffer(
            admin,
            offerBody(UUID.randomUUID().toString(), "fixed", "\"lots\"", today(), today(), 1));

    HttpResponse<String> tooLarge =
        createOffer(
            admin, offerBody(UUID.randomUUID().toString(), "fixed", "1e400", today(), today(), 1));

    // Assert
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(error(missing).getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo(
            "[{\"field\":\"merchant_id\",\"reason\":\"Field required\"},"
                + "{\"field\":\"cashback_type\",\"reason\":\"Field required\"},"
                + "{\"field\":\"cashback_value\",\"reason\":\"Field required\"},"
                + "{\"field\":\"start_date\",\"reason\":\"Field required\"},"
                + "{\"field\":\"end_date\",\"reason\":\"Field required\"},"
                + "{\"field\":\"monthly_cap\",\"reason\":\"Field required\"}]");
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(error(malformed).getJsonObject("details").getJsonArray("violations").toString())
        .isEqualTo(
            "[{\"field\":\"merchant_id\",\"reason\":\"Input should be a valid UUID\"},"
                + "{\"field\":\"cashback_type\",\"reason\":\"Input should be 'percent' or 'fixed'\"},"
                + "{\"field\":\"start_date\","
                + "\"reason\":\"Input should be a valid date in the format YYYY-MM-DD\"},"
                + "{\"field\":\"end_date\","
                + "\"reason\":\"Input should be a valid date in the format YYYY-MM-DD\"}]");
    assertThat(notANumber.statusCode()).isEqualTo(422);
    assertThat(error(notANumber).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(tooLarge.statusCode()).isEqualTo(422);
  }

  @Test
  void create_returns400WithTheFirstBrokenRule_onEachBusinessRule() {
    // Arrange
    String merchantId = merchant(admin, true);
    LocalDate today = today();

    // Act
    HttpResponse<String> zeroPercent =
        createOffer(admin, offerBody(merchantId, "percent", 0, today, today, 10));
    HttpResponse<String> abovePercent =
        createOffer(admin, offerBody(merchantId, "percent", 20.0001, today, today, 10));
    HttpResponse<String> zeroFixed =
        createOffer(admin, offerBody(merchantId, "fixed", 0, today, today, 10));
    HttpResponse<String> yesterday =
        createOffer(admin, offerBody(merchantId, "percent", 5, today.minusDays(1), today, 10));
    HttpResponse<String> endBeforeStart =
        createOffer(
            admin, offerBody(merchantId, "percent", 5, today.plusDays(2), today.plusDays(1), 10));
    HttpResponse<String> zeroCap =
        createOffer(admin, offerBody(merchantId, "percent", 5, today, today, 0));
    HttpResponse<String> everythingWrong =
        createOffer(
            admin, offerBody(merchantId, "percent", 25, today.minusDays(1), today.minusDays(2), 0));

    // Assert
    assertThat(List.of(zeroPercent, abovePercent, zeroFixed, yesterday, endBeforeStart, zeroCap))
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(400);
              assertThat(error(r).getString("code")).isEqualTo("VALIDATION_ERROR");
              assertThat(error(r).getString("message"))
                  .isEqualTo("Validation failed for request body.");
            });
    assertThat(violations(zeroPercent))
        .isEqualTo(
            "[{\"field\":\"cashback_value\","
                + "\"reason\":\"Percentage must be between 0 (exclusive) and 20.0 (inclusive).\"}]");
    assertThat(violations(abovePercent)).isEqualTo(violations(zeroPercent));
    assertThat(violations(zeroFixed))
        .isEqualTo(
            "[{\"field\":\"cashback_value\",\"reason\":\"Fixed amount must be greater than 0.\"}]");
    assertThat(violations(yesterday))
        .isEqualTo(
            "[{\"field\":\"start_date\",\"reason\":\"Start date must be today or a future date."
                + " Got: '%s'.\"}]".formatted(today.minusDays(1)));
    assertThat(violations(endBeforeStart))
        .isEqualTo(
            "[{\"field\":\"end_date\",\"reason\":\"End date must be after start date. Got start='%s', end='%s'.\"}]"
                .formatted(today.plusDays(2), today.plusDays(1)));
    assertThat(violations(zeroCap))
        .isEqualTo(
            "[{\"field\":\"monthly_cap\",\"reason\":\"Monthly cap must be positive. Got: 0.0.\"}]");
    assertThat(violations(everythingWrong)).contains("\"field\":\"cashback_value\"");
  }

  @Test
  void create_returns400BeforeLookingUpMerchant_onUnknownMerchantAndBrokenRule() {
    // Act
    HttpResponse<String> response =
        createOffer(
            admin, offerBody(UUID.randomUUID().toString(), "fixed", -1, today(), today(), 1));

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void create_returns404_onUnknownMerchant() {
    // Arrange
    String unknown = UUID.randomUUID().toString();

    // Act
    HttpResponse<String> response =
        createOffer(
            admin, offerBody(unknown.toUpperCase(), "percent", 5, today(), today().plusDays(1), 1));

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(error(response).getString("code")).isEqualTo("NOT_FOUND");
    assertThat(error(response).getString("message"))
        .isEqualTo("Merchant with ID '" + unknown + "' does not exist.");
    assertThat(error(response).getJsonObject("details").getString("resource_type"))
        .isEqualTo("merchant");
    assertThat(error(response).getJsonObject("details").getString("resource_id"))
        .isEqualTo(unknown);
  }

  @Test
  void create_returns422MerchantNotActive_onInactiveMerchant() {
    // Arrange
    String merchantId = merchant(admin, false);

    // Act
    HttpResponse<String> response =
        createOffer(admin, offerBody(merchantId, "percent", 5, today(), today(), 1));

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("MERCHANT_NOT_ACTIVE");
    assertThat(error.getString("message"))
        .isEqualTo(
            "Cannot create offer for merchant '" + merchantId + "'. Merchant is not active.");
    assertThat(error.getJsonObject("details").getString("merchant_id")).isEqualTo(merchantId);
    assertThat(error.getJsonObject("details").getString("action"))
        .isEqualTo("Activate the merchant before creating offers.");
  }

  @Test
  void create_returns409_onMerchantWithActiveFutureOffer() {
    // Arrange
    String merchantId = merchant(admin, true);
    offer(admin, merchantId, today().plusDays(100), today().plusDays(200));

    // Act
    HttpResponse<String> response =
        createOffer(admin, offerBody(merchantId, "fixed", 2, today(), today(), 1));

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("ACTIVE_OFFER_ALREADY_EXISTS");
    assertThat(error.getString("message"))
        .isEqualTo(
            "An active offer already exists for merchant '"
                + merchantId
                + "'. Deactivate the existing offer before creating a new one.");
    assertThat(error.getJsonObject("details").getString("merchant_id")).isEqualTo(merchantId);
    assertThat(error.getJsonObject("details").getString("action"))
        .isEqualTo("Deactivate the existing offer before creating a new one.");
  }

  @Test
  void create_returns201_onMerchantWhoseOffersAreAllInactive() {
    // Arrange
    String merchantId = merchant(admin, true);
    inactiveOffer(admin, merchantId);

    // Act
    HttpResponse<String> response =
        createOffer(admin, offerBody(merchantId, "fixed", 2, today(), today(), 1));

    // Assert
    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void create_succeedsExactlyOnce_onConcurrentCreationsForOneMerchant() throws Exception {
    // Arrange
    String merchantId = merchant(admin, true);
    String body = offerBody(merchantId, "percent", 7, today(), today().plusDays(7), 20);

    // Act
    List<Integer> statuses = Parallel.times(8, () -> createOffer(admin, body).statusCode());

    // Assert
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    HttpResponse<String> active =
        get(admin, "/api/v1/offers?status=active&merchant_id=" + merchantId);
    assertThat(ids(active)).hasSize(1);
    assertThat(json(active).getJsonObject("pagination").getInt("total")).isEqualTo(1);
  }

  @Test
  void create_returns403ForUserAnd401WithoutToken_onNonAdminCaller() {
    // Arrange
    Session user = newSession();
    String body = offerBody(merchant(admin, true), "percent", 5, today(), today(), 1);

    // Act
    HttpResponse<String> asUser = createOffer(user, body);
    HttpResponse<String> anonymous = send("POST", "/api/v1/offers/", body);

    // Assert
    assertThat(asUser.statusCode()).isEqualTo(403);
    assertThat(error(asUser).getString("code")).isEqualTo("FORBIDDEN");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(error(anonymous).getString("code")).isEqualTo("INVALID_TOKEN");
  }

  @Test
  void create_leavesOfferCreatedAuditRow_always() {
    // Arrange
    String merchantId = merchant(admin, true);

    // Act
    String id = offer(admin, merchantId, today(), today().plusDays(1));

    // Assert
    List<JsonObject> rows = auditTrail(id);
    assertThat(rows).extracting(r -> r.getString("action")).containsExactly("OFFER_CREATED");
    JsonObject row = rows.get(0);
    assertThat(row.getString("actor_type")).isEqualTo("admin");
    assertThat(row.getString("actor_id")).isEqualTo(admin.userId());
    assertThat(row.getString("outcome")).isEqualTo("success");
    JsonObject details = row.getJsonObject("details");
    assertThat(details.getString("merchant_id")).isEqualTo(merchantId);
    assertThat(details.getString("cashback_type")).isEqualTo("percent");
    assertThat(details.getJsonNumber("cashback_value").doubleValue()).isEqualTo(10.0);
    assertThat(details.getString("start_date")).isEqualTo(today().toString());
  }

  @Test
  void setStatus_togglesIdempotentlyAndAuditsOnlyChanges_onExistingOffer() {
    // Arrange
    String id = offer(admin, merchant(admin, true), today(), today().plusDays(1));

    // Act
    HttpResponse<String> off = setStatus(admin, id, "inactive");
    HttpResponse<String> offAgain = setStatus(admin, id, "inactive");
    HttpResponse<String> on = setStatus(admin, id, "active");
    HttpResponse<String> onAgain = setStatus(admin, id, "active");

    // Assert
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(off.body()).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"inactive\"}");
    assertThat(offAgain.statusCode()).isEqualTo(200);
    assertThat(json(offAgain).getString("status")).isEqualTo("inactive");
    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(json(on).getString("status")).isEqualTo("active");
    assertThat(onAgain.statusCode()).isEqualTo(200);
    List<JsonObject> rows = auditTrail(id);
    assertThat(rows)
        .extracting(r -> r.getString("action"))
        .containsExactly("OFFER_ACTIVATED", "OFFER_DEACTIVATED", "OFFER_CREATED");
    assertThat(rows.get(1).getJsonObject("details").getString("previous_status"))
        .isEqualTo("active");
    assertThat(rows.get(1).getJsonObject("details").getString("status")).isEqualTo("inactive");
  }

  @Test
  void setStatus_returns409AndKeepsOfferInactive_onReactivationWhileAnotherIsActive() {
    // Arrange
    String merchantId = merchant(admin, true);
    String first = inactiveOffer(admin, merchantId);
    offer(admin, merchantId, today(), today().plusDays(5));

    // Act
    HttpResponse<String> response = setStatus(admin, first, "active");

    // Assert
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(error(response).getString("code")).isEqualTo("ACTIVE_OFFER_ALREADY_EXISTS");
    assertThat(error(response).getJsonObject("details").getString("merchant_id"))
        .isEqualTo(merchantId);
    assertThat(json(get(admin, "/api/v1/offers/" + first)).getString("status"))
        .isEqualTo("inactive");
    assertThat(auditTrail(first))
        .extracting(r -> r.getString("action"))
        .containsExactly("OFFER_DEACTIVATED", "OFFER_CREATED");
  }

  @Test
  void setStatus_reactivatesExactlyOne_onConcurrentReactivationsForOneMerchant() throws Exception {
    // Arrange
    String merchantId = merchant(admin, true);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String id = inactiveOffer(admin, merchantId);
      calls.add(() -> setStatus(admin, id, "active").statusCode());
    }

    // Act
    List<Integer> statuses = Parallel.run(calls);

    // Assert
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
    assertThat(ids(get(admin, "/api/v1/offers/?status=active&merchant_id=" + merchantId)))
        .hasSize(1);
  }

  @Test
  void setStatus_activatesOfferOfInactiveMerchant_always() {
    // Arrange
    String merchantId = merchant(admin, true);
    String id = inactiveOffer(admin, merchantId);
    Catalogue.setMerchantActive(admin, merchantId, false);

    // Act
    HttpResponse<String> response = setStatus(admin, id, "active");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("status")).isEqualTo("active");
  }

  @Test
  void setStatus_returns404_onUnknownMalformedOrUpperCaseId() {
    // Arrange
    String id = offer(admin, merchant(admin, true), today(), today());
    String unknown = UUID.randomUUID().toString();

    // Act
    HttpResponse<String> missing = setStatus(admin, unknown, "inactive");
    HttpResponse<String> malformed = setStatus(admin, "not-a-uuid", "inactive");
    HttpResponse<String> upperCase = setStatus(admin, id.toUpperCase(), "inactive");

    // Assert
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(error(missing).getString("message"))
        .isEqualTo("Offer with ID '" + unknown + "' does not exist.");
    assertThat(error(missing).getJsonObject("details").getString("resource_type"))
        .isEqualTo("offer");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(error(malformed).getJsonObject("details").getString("resource_id"))
        .isEqualTo("not-a-uuid");
    assertThat(upperCase.statusCode()).isEqualTo(404);
    assertThat(json(get(admin, "/api/v1/offers/" + id)).getString("status")).isEqualTo("active");
  }

  @Test
  void setStatus_returns422_onMissingOrUnknownStatus() {
    // Arrange
    String id = offer(admin, merchant(admin, true), today(), today());

    // Act
    HttpResponse<String> unknown = setStatus(admin, id, "Active");
    HttpResponse<String> missing =
        authorized(admin.accessToken(), "PATCH", "/api/v1/offers/" + id + "/status", "{}");

    // Assert
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(violations(unknown))
        .isEqualTo(
            "[{\"field\":\"status\",\"reason\":\"Input should be 'active' or 'inactive'\"}]");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(violations(missing))
        .isEqualTo("[{\"field\":\"status\",\"reason\":\"Field required\"}]");
  }

  @Test
  void setStatus_returns403_onNonAdmin() {
    // Arrange
    String id = offer(admin, merchant(admin, true), today(), today());
    Session user = newSession();

    // Act
    HttpResponse<String> response = setStatus(user, id, "inactive");

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response).getString("code")).isEqualTo("FORBIDDEN");
    assertThat(json(get(admin, "/api/v1/offers/" + id)).getString("status")).isEqualTo("active");
  }

  @Test
  void openapi_documentsEveryOfferEndpointWithBearerSecurity_always() {
    // Act
    JsonObject paths =
        json(send(request("/openapi").header("Accept", "application/json").GET()))
            .getJsonObject("paths");

    // Assert
    JsonObject root = paths.getJsonObject("/api/v1/offers");
    JsonObject status =
        paths.getJsonObject("/api/v1/offers/{offer_id}/status").getJsonObject("patch");
    List<JsonObject> operations =
        List.of(
            root.getJsonObject("post"),
            root.getJsonObject("get"),
            paths.getJsonObject("/api/v1/offers/active").getJsonObject("get"),
            paths.getJsonObject("/api/v1/offers/{offer_id}").getJsonObject("get"),
            status);
    assertThat(operations)
        .allSatisfy(
            operation -> {
              assertThat(operation.getString("summary")).isNotBlank();
              assertThat(operation.getJsonArray("security").toString()).contains("bearerAuth");
              assertThat(operation.getJsonObject("responses")).containsKey("401");
            });
    assertThat(root.getJsonObject("post").getJsonObject("responses"))
        .containsKeys("201", "400", "403", "404", "409", "422");
    assertThat(status.getJsonObject("responses")).containsKeys("200", "403", "404", "409", "422");
  }
}
