package it.com.clicknback.offers;

import static it.com.clicknback.offers.Catalogue.ACTIVE_OFFER_FIELDS;
import static it.com.clicknback.offers.Catalogue.OFFER_DETAILS_FIELDS;
import static it.com.clicknback.offers.Catalogue.OFFER_FIELDS;
import static it.com.clicknback.offers.Catalogue.allPages;
import static it.com.clicknback.offers.Catalogue.createOffer;
import static it.com.clicknback.offers.Catalogue.get;
import static it.com.clicknback.offers.Catalogue.ids;
import static it.com.clicknback.offers.Catalogue.inactiveOffer;
import static it.com.clicknback.offers.Catalogue.merchant;
import static it.com.clicknback.offers.Catalogue.offer;
import static it.com.clicknback.offers.Catalogue.offerBody;
import static it.com.clicknback.offers.Catalogue.setMerchantActive;
import static it.com.clicknback.offers.Catalogue.setStatus;
import static it.com.clicknback.offers.Catalogue.today;
import static it.com.clicknback.offers.Catalogue.violations;
import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What every user can see of offers: the full list, the live list and details. */
@MicroShedTest
class OfferBrowsingIT {

  private static Session admin;
  private static Session user;

  @BeforeAll
  static void logIn() throws Exception {
    admin = newAdminSession();
    user = newSession();
  }

  private static Map<String, JsonObject> liveById() {
    return allPages(user, "/api/v1/offers/active").stream()
        .collect(Collectors.toMap(o -> o.getString("id"), Function.identity()));
  }

  @Test
  void list_filtersByMerchantStatusAndWindow_onAnyAuthenticatedUser() {
    // Arrange
    String merchantId = merchant(admin, true);
    LocalDate today = today();
    String early = offer(admin, merchantId, today, today.plusDays(10));
    setStatus(admin, early, "inactive");
    String late = offer(admin, merchantId, today.plusDays(20), today.plusDays(30));
    String base = "/api/v1/offers?merchant_id=" + merchantId.toUpperCase();

    // Act
    HttpResponse<String> all = get(user, base);
    HttpResponse<String> active = get(user, base + "&status=active");
    HttpResponse<String> inactive = get(user, base + "&status=inactive");
    HttpResponse<String> endingFromDay15 = get(user, base + "&date_from=" + today.plusDays(15));
    HttpResponse<String> startingByDay15 = get(user, base + "&date_to=" + today.plusDays(15));
    HttpResponse<String> overlapping =
        get(user, base + "&date_from=" + today.plusDays(10) + "&date_to=" + today.plusDays(20));
    HttpResponse<String> gap =
        get(user, base + "&date_from=" + today.plusDays(11) + "&date_to=" + today.plusDays(19));

    // Assert
    assertThat(ids(all)).containsExactly(early, late);
    assertThat(json(all).getJsonObject("pagination").toString())
        .isEqualTo("{\"limit\":20,\"offset\":0,\"total\":2}");
    assertThat(ids(active)).containsExactly(late);
    assertThat(ids(inactive)).containsExactly(early);
    assertThat(ids(endingFromDay15)).containsExactly(late);
    assertThat(ids(startingByDay15)).containsExactly(early);
    assertThat(ids(overlapping)).containsExactly(early, late);
    assertThat(ids(gap)).isEmpty();
    JsonObject first = json(all).getJsonArray("data").getJsonObject(0);
    assertThat(first.getString("merchant_id")).isEqualTo(merchantId);
    assertThat(first.getString("status")).isEqualTo("inactive");
    assertThat(first.keySet()).containsExactlyElementsOf(OFFER_FIELDS);
  }

  @Test
  void list_pagesInCreationOrder_onBothPathForms() {
    // Arrange
    String merchantId = merchant(admin, true);
    String first = inactiveOffer(admin, merchantId);
    String second = inactiveOffer(admin, merchantId);
    String third = offer(admin, merchantId, today(), today());

    // Act
    HttpResponse<String> page =
        get(user, "/api/v1/offers/?merchant_id=" + merchantId + "&offset=1&limit=1");
    HttpResponse<String> noSlash = get(user, "/api/v1/offers?merchant_id=" + merchantId);
    HttpResponse<String> pastTheEnd =
        get(user, "/api/v1/offers?offset=5&merchant_id=" + merchantId);

    // Assert
    assertThat(ids(page)).containsExactly(second);
    assertThat(json(page).getJsonObject("pagination").toString())
        .isEqualTo("{\"limit\":1,\"offset\":1,\"total\":3}");
    assertThat(ids(noSlash)).containsExactly(first, second, third);
    assertThat(ids(pastTheEnd)).isEmpty();
    assertThat(json(pastTheEnd).getJsonObject("pagination").getInt("total")).isEqualTo(3);
  }

  @Test
  void list_returns400ListingBoth_onBadStatusAndInvertedWindow() {
    // Act
    HttpResponse<String> both =
        get(user, "/api/v1/offers/?status=open&date_from=2026-12-31&date_to=2026-01-01");
    HttpResponse<String> caseSensitive = get(user, "/api/v1/offers?status=Active");

    // Assert
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(error(both).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error(both).getString("message")).isEqualTo("Invalid query parameters.");
    assertThat(violations(both))
        .isEqualTo(
            "[{\"field\":\"status\",\"reason\":\"Status must be one of: active, inactive.\"},"
                + "{\"field\":\"date_from\","
                + "\"reason\":\"date_from (2026-12-31) must not be after date_to (2026-01-01).\"}]");
    assertThat(caseSensitive.statusCode()).isEqualTo(400);
  }

  @Test
  void list_returns422BeforeBusinessChecks_onMalformedParameters() {
    // Act
    HttpResponse<String> response =
        get(
            user,
            "/api/v1/offers?status=open&merchant_id=nope&date_from=yesterday&date_to=2026-13-01"
                + "&limit=101");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getString("message")).isEqualTo("Request validation failed.");
    assertThat(violations(response))
        .isEqualTo(
            "[{\"field\":\"limit\",\"reason\":\"Input should be less than or equal to 100\"},"
                + "{\"field\":\"merchant_id\",\"reason\":\"Input should be a valid UUID\"},"
                + "{\"field\":\"date_from\","
                + "\"reason\":\"Input should be a valid date in the format YYYY-MM-DD\"},"
                + "{\"field\":\"date_to\","
                + "\"reason\":\"Input should be a valid date in the format YYYY-MM-DD\"}]");
  }

  @Test
  void list_returns401_onMissingToken() {
    // Act
    HttpResponse<String> response = get("/api/v1/offers/");

    // Assert
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response).getString("code")).isEqualTo("INVALID_TOKEN");
  }

  @Test
  void listLive_showsOnlyActiveOffersOfActiveMerchantsLiveToday_onAnyUser() {
    // Arrange
    String liveMerchant = merchant(admin, true);
    String live = offer(admin, liveMerchant, today(), today());
    String futureMerchant = merchant(admin, true);
    String future = offer(admin, futureMerchant, today().plusDays(1), today().plusDays(5));
    String closedMerchant = merchant(admin, true);
    String ofClosedMerchant = offer(admin, closedMerchant, today(), today().plusDays(5));
    setMerchantActive(admin, closedMerchant, false);
    String deactivated = inactiveOffer(admin, merchant(admin, true));

    // Act
    Map<String, JsonObject> liveOffers = liveById();

    // Assert
    assertThat(liveOffers).containsKey(live);
    assertThat(liveOffers).doesNotContainKeys(future, ofClosedMerchant, deactivated);
    JsonObject shown = liveOffers.get(live);
    assertThat(shown.keySet()).containsExactlyElementsOf(ACTIVE_OFFER_FIELDS);
    assertThat(shown.getString("merchant_name")).startsWith("Offer shop ");
    assertThat(shown.getString("cashback_type")).isEqualTo("percent");
    assertThat(shown.getJsonNumber("cashback_value").doubleValue()).isEqualTo(10.0);
    assertThat(shown.getJsonNumber("monthly_cap").doubleValue()).isEqualTo(100.0);
    assertThat(shown.getString("start_date")).isEqualTo(today().toString());
  }

  @Test
  void listLive_pagesWithTotal_onLimit() {
    // Arrange
    offer(admin, merchant(admin, true), today(), today());
    offer(admin, merchant(admin, true), today(), today());

    // Act
    HttpResponse<String> response = get(user, "/api/v1/offers/active?limit=1&offset=1");
    HttpResponse<String> badLimit = get(user, "/api/v1/offers/active?limit=0");

    // Assert
    assertThat(ids(response)).hasSize(1);
    assertThat(json(response).getJsonObject("pagination").getInt("total")).isGreaterThan(1);
    assertThat(badLimit.statusCode()).isEqualTo(422);
    assertThat(violations(badLimit))
        .isEqualTo(
            "[{\"field\":\"limit\",\"reason\":\"Input should be greater than or equal to 1\"}]");
  }

  @Test
  void details_returnsOfferWithMerchantName_onUserAndActiveOfferOfActiveMerchant() {
    // Arrange
    String merchantId = merchant(admin, true);
    LocalDate start = today().plusDays(40);
    HttpResponse<String> created =
        createOffer(admin, offerBody(merchantId, "fixed", 2.5, start, start.plusDays(1), 30));
    String id = json(created).getString("id");

    // Act
    HttpResponse<String> response = get(user, "/api/v1/offers/" + id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject details = json(response);
    assertThat(details.keySet()).containsExactlyElementsOf(OFFER_DETAILS_FIELDS);
    assertThat(details.getString("id")).isEqualTo(id);
    assertThat(details.getString("merchant_name")).startsWith("Offer shop ");
    assertThat(details.getString("cashback_type")).isEqualTo("fixed");
    assertThat(details.getJsonNumber("cashback_value").doubleValue()).isEqualTo(2.5);
    assertThat(details.getJsonNumber("monthly_cap").doubleValue()).isEqualTo(30.0);
    assertThat(details.getString("start_date")).isEqualTo(start.toString());
    assertThat(details.getString("end_date")).isEqualTo(start.plusDays(1).toString());
    assertThat(details.getString("status")).isEqualTo("active");
  }

  @Test
  void details_returns403ReasonA_onUserAndInactiveOffer() {
    // Arrange
    String id = inactiveOffer(admin, merchant(admin, true));

    // Act
    HttpResponse<String> response = get(user, "/api/v1/offers/" + id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("FORBIDDEN");
    assertThat(error.getString("message"))
        .isEqualTo("You do not have permission to view this offer.");
    assertThat(error.getJsonObject("details").getString("resource_type")).isEqualTo("offer");
    assertThat(error.getJsonObject("details").getString("resource_id")).isEqualTo(id);
    assertThat(error.getJsonObject("details").getString("reason"))
        .isEqualTo("This offer is inactive. Only admin users can view inactive offers.");
  }

  @Test
  void details_returns403ReasonB_onUserAndOfferOfInactiveMerchant() {
    // Arrange
    String merchantId = merchant(admin, true);
    String id = offer(admin, merchantId, today(), today());
    setMerchantActive(admin, merchantId, false);

    // Act
    HttpResponse<String> response = get(user, "/api/v1/offers/" + id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(error(response).getJsonObject("details").getString("reason"))
        .isEqualTo(
            "The merchant for this offer is inactive. Only admin users can view offers from"
                + " inactive merchants.");
  }

  @Test
  void details_showsEveryOffer_onAdmin() {
    // Arrange
    String merchantId = merchant(admin, true);
    String inactive = inactiveOffer(admin, merchantId);
    String active = offer(admin, merchantId, today(), today());
    setMerchantActive(admin, merchantId, false);

    // Act
    HttpResponse<String> inactiveDetails = get(admin, "/api/v1/offers/" + inactive);
    HttpResponse<String> activeDetails = get(admin, "/api/v1/offers/" + active);

    // Assert
    assertThat(inactiveDetails.statusCode()).isEqualTo(200);
    assertThat(json(inactiveDetails).getString("status")).isEqualTo("inactive");
    assertThat(activeDetails.statusCode()).isEqualTo(200);
    assertThat(json(activeDetails).getString("status")).isEqualTo("active");
  }

  @Test
  void details_returns404_onUnknownMalformedOrUpperCaseId() {
    // Arrange
    String id = offer(admin, merchant(admin, true), today(), today());
    String unknown = UUID.randomUUID().toString();

    // Act
    HttpResponse<String> missing = get(user, "/api/v1/offers/" + unknown);
    HttpResponse<String> malformed = get(user, "/api/v1/offers/42");
    HttpResponse<String> upperCase = get(user, "/api/v1/offers/" + id.toUpperCase());

    // Assert
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(error(missing).getString("code")).isEqualTo("NOT_FOUND");
    assertThat(error(missing).getString("message"))
        .isEqualTo("Offer with ID '" + unknown + "' does not exist.");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(error(malformed).getString("message"))
        .isEqualTo("Offer with ID '42' does not exist.");
    assertThat(error(malformed).getJsonObject("details").getString("resource_id")).isEqualTo("42");
    assertThat(upperCase.statusCode()).isEqualTo(404);
  }
}
