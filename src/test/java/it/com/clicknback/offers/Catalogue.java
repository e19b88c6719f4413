package it.com.clicknback.offers;

import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Merchants and offers for offer tests, made through the API by an admin; names are unique. */
final class Catalogue {

  /** The keys of an offer as created and listed, in the spec's order. */
  static final List<String> OFFER_FIELDS =
      List.of(
          "id",
          "merchant_id",
          "cashback_type",
          "cashback_value",
          "start_date",
          "end_date",
          "monthly_cap_per_user",
          "status");

  /** The keys of a live offer, in the spec's order. */
  static final List<String> ACTIVE_OFFER_FIELDS =
      List.of(
          "id",
          "merchant_name",
          "cashback_type",
          "cashback_value",
          "monthly_cap",
          "start_date",
          "end_date");

  /** The keys of an offer's details: a live offer's, then its status. */
  static final List<String> OFFER_DETAILS_FIELDS =
      Stream.concat(ACTIVE_OFFER_FIELDS.stream(), Stream.of("status")).toList();

  private Catalogue() {}

  /** Today as the server sees it (UTC). */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static String merchant(Session admin, boolean active) {
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "POST",
            "/api/v1/merchants/",
            "{\"name\":\"Offer shop %s\",\"default_cashback_percentage\":5,\"active\":%s}"
                .formatted(UUID.randomUUID(), active));
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).getString("id");
  }

  static String offerBody(
      String merchantId, String type, Object value, LocalDate start, LocalDate end, Object cap) {
    return ("{\"merchant_id\":\"%s\",\"cashback_type\":\"%s\",\"cashback_value\":%s,"
            + "\"start_date\":\"%s\",\"end_date\":\"%s\",\"monthly_cap\":%s}")
        .formatted(merchantId, type, value, start, end, cap);
  }

  static HttpResponse<String> createOffer(Session caller, String body) {
    return authorized(caller.accessToken(), "POST", "/api/v1/offers/", body);
  }

  /** A 10 % offer over the given window; returns its id. */
  static String offer(Session admin, String merchantId, LocalDate start, LocalDate end) {
    HttpResponse<String> response =
        createOffer(admin, offerBody(merchantId, "percent", 10, start, end, 100));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).getString("id");
  }

  static HttpResponse<String> setStatus(Session caller, String offerId, String status) {
    return authorized(
        caller.accessToken(),
        "PATCH",
        "/api/v1/offers/" + offerId + "/status",
        "{\"status\":\"%s\"}".formatted(status));
  }

  /** An offer that is already inactive, so that the merchant can get another one. */
  static String inactiveOffer(Session admin, String merchantId) {
    String id = offer(admin, merchantId, today(), today().plusDays(10));
    assertThat(setStatus(admin, id, "inactive").statusCode()).isEqualTo(200);
    return id;
  }

  static void setMerchantActive(Session admin, String merchantId, boolean active) {
    HttpResponse<String> response =
        authorized(
            admin.accessToken(),
            "PATCH",
            "/api/v1/merchants/" + merchantId + "/status",
            "{\"status\":\"%s\"}".formatted(active ? "active" : "inactive"));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  static HttpResponse<String> get(Session caller, String path) {
    return authorized(caller.accessToken(), "GET", path, null);
  }

  /** The {@code details.violations} of an error envelope, as JSON text. */
  static String violations(HttpResponse<String> response) {
    return error(response).getJsonObject("details").getJsonArray("violations").toString();
  }

  static List<JsonObject> data(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  static List<String> ids(HttpResponse<String> response) {
    return data(response).stream().map(o -> o.getString("id")).toList();
  }

  /** Every page of a list, followed to its end. */
  static List<JsonObject> allPages(Session caller, String path) {
    List<JsonObject> all = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    long total;
    do {
      HttpResponse<String> page = get(caller, path + separator + "limit=100&offset=" + all.size());
      List<JsonObject> rows = data(page);
      all.addAll(rows);
      total =
          rows.isEmpty()
              ? 0
              : json(page).getJsonObject("pagination").getJsonNumber("total").longValue();
    } while (all.size() < total);
    return all;
  }
}
