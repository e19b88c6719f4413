package it.com.clicknback.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table the bad-input sweep is generated from: every endpoint of the API with a template
 * request, the kind of each of its fields and query parameters, and the malformed values of each
 * kind. Adding an endpoint to the API without adding it here fails {@code
 * BadInputIT#catalog_coversEveryOperation_ofOpenApiDocument}.
 *
 * <p>A field's mutations come in two groups. {@link Kind#invalid} values break the field's own rule
 * (spec 00 §2 and §5, the feature specs), so the request is refused whatever else it holds. {@link
 * Kind#unsure} values may be perfectly valid for the field (a 10 000-character merchant name, an
 * SQL payload as free text, a negative monthly cap that a later business rule refuses): they are
 * sent only to endpoints whose template is <em>refused by construction</em> ({@link
 * Endpoint#refusedBy}), for a reason the mutated field does not touch, and never to the field that
 * carries that reason ({@link Field#carriesRefusal}). So every generated request must be refused by
 * the spec, and a 2xx is a failure, never a judgement call.
 */
final class BadInputCatalog {

  /** Put into every text the sweep sends, so that anything it writes can be counted. */
  static final String MARKER = "badinput" + Long.toHexString(System.nanoTime());

  /** A JSON value standing for "the field is left out". */
  static final JsonValue ABSENT = Json.createValue("<absent>");

  static final String SQL = "' OR 1=1 --";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String UNICODE = "\u202e😀 e\u0301 \uFEFF\u0007" + MARKER;
  static final String NUL = "a\u0000b" + MARKER;

  private BadInputCatalog() {}

  static String longText(int length) {
    return (MARKER + "x".repeat(length)).substring(0, length);
  }

  private static JsonValue text(String value) {
    return Json.createValue(value);
  }

  private static JsonValue number(String literal) {
    return Json.createValue(new BigDecimal(literal));
  }

  private static JsonValue parse(String json) {
    return Json.createReader(new java.io.StringReader("[" + json + "]")).readArray().get(0);
  }

  /** A named malformed (or doubtful) value of a field. */
  record Value(String label, JsonValue json) {}

  private static Value v(String label, JsonValue json) {
    return new Value(label, json);
  }

  private static final List<Value> NOT_A_STRING =
      List.of(
          v("number", number("123")),
          v("boolean", JsonValue.TRUE),
          v("object", JsonValue.EMPTY_JSON_OBJECT),
          v("array", JsonValue.EMPTY_JSON_ARRAY),
          v("NUL character", text(NUL)));

  private static final List<Value> ATTACK_TEXTS =
      List.of(
          v("SQL", text(SQL + MARKER)),
          v("script", text(SCRIPT + MARKER)),
          v("unicode, emoji, BOM, bell", text(UNICODE)),
          v("10k characters", text(longText(10_000))));

  /** What a field holds, and its malformed values. */
  enum Kind {
    /** Free text (spec 00 §2: must be a JSON string). */
    TEXT(NOT_A_STRING, concat(ATTACK_TEXTS, List.of(v("empty", text(""))))),
    /** An opaque token the server looks up (refresh token): any text is well-formed. */
    TOKEN(NOT_A_STRING, concat(ATTACK_TEXTS, List.of(v("empty", text(""))))),
    EMAIL(
        concat(
            NOT_A_STRING,
            ATTACK_TEXTS,
            List.of(
                v("no @", text(MARKER + ".example.com")),
                v("empty", text("")),
                v("two @", text(MARKER + "@a@example.com")))),
        List.of()),
    /** A new password: must be a string and meet the complexity rules (spec 01 §2.2). */
    NEW_PASSWORD(
        concat(NOT_A_STRING, ATTACK_TEXTS, List.of(v("short", text("Ab1!")), v("empty", text("")))),
        List.of()),
    /** A non-money number, read leniently (spec 00 §2). */
    NUMBER(
        concat(
            List.of(
                v("text", text("abc")),
                v("boolean", JsonValue.TRUE),
                v("object", JsonValue.EMPTY_JSON_OBJECT),
                v("array", JsonValue.EMPTY_JSON_ARRAY),
                v("NaN", text("NaN")),
                v("Infinity", text("Infinity")),
                v("1e999", number("1e999")),
                v("SQL", text(SQL)))),
        List.of(
            v("-1", number("-1")),
            v("0", number("0")),
            v("1e308", number("1e308")),
            v("2^63", number("9223372036854775808")),
            v("-2^63-1", number("-9223372036854775809")),
            v("10.123", number("10.123")),
            v("numeric string", text("5")))),
    /** Money (spec 00 §2, 06 §3, 09 §3): above 0, at most 2 decimals. */
    MONEY(
        List.of(
            v("text", text("abc")),
            v("boolean", JsonValue.TRUE),
            v("object", JsonValue.EMPTY_JSON_OBJECT),
            v("array", JsonValue.EMPTY_JSON_ARRAY),
            v("-1", number("-1")),
            v("0", number("0")),
            v("10.123", number("10.123")),
            v("\"10.123\"", text("10.123")),
            v("1e308", number("1e308")),
            v("1e999", number("1e999")),
            v("2^63", number("9223372036854775808")),
            v("NaN", text("NaN")),
            v("SQL", text(SQL))),
        List.of(v("numeric string", text("5.00")), v("1e-2", number("1e-2")))),
    /** A boolean, read leniently (spec 00 §2). */
    BOOLEAN(
        List.of(
            v("maybe", text("maybe")),
            v("2", number("2")),
            v("1.5", number("1.5")),
            v("object", JsonValue.EMPTY_JSON_OBJECT),
            v("array", JsonValue.EMPTY_JSON_ARRAY),
            v("SQL", text(SQL))),
        List.of()),
    /** One of a few lower-case words. */
    ENUM(
        concat(
            NOT_A_STRING,
            ATTACK_TEXTS,
            List.of(v("empty", text("")), v("unknown word", text("planet")))),
        List.of()),
    UUID(
        concat(
            NOT_A_STRING,
            ATTACK_TEXTS,
            List.of(
                v("empty", text("")),
                v("not a uuid", text("not-a-uuid")),
                v("bad hex digit", text("00000000-0000-0000-0000-00000000000g")),
                v("too long", text("00000000-0000-0000-0000-0000000000000")))),
        List.of()),
    DATE(
        concat(
            NOT_A_STRING,
            List.of(
                v("empty", text("")),
                v("month 13", text("2026-13-45")),
                v("30 February", text("2027-02-30")),
                v("not midnight", text("2027-05-01T10:00:00Z")),
                v("words", text("next tuesday")),
                v("SQL", text(SQL)))),
        List.of()),
    /** A JSON object of free content (payout details). */
    OBJECT(
        List.of(
            v("text", text("iban")),
            v("number", number("1")),
            v("boolean", JsonValue.TRUE),
            v("array", JsonValue.EMPTY_JSON_ARRAY)),
        List.of(
            v("empty object", JsonValue.EMPTY_JSON_OBJECT),
            v("nested 200 deep", parse("{\"a\":".repeat(200) + "1" + "}".repeat(200))),
            v(
                "SQL keys",
                parse("{\"" + SQL + "\": \"" + SCRIPT + "\", \"iban\": \"" + SQL + "\"}"))));

    final List<Value> invalid;
    final List<Value> unsure;

    Kind(List<Value> invalid, List<Value> unsure) {
      this.invalid = invalid;
      this.unsure = unsure;
    }
  }

  /** A body field: its kind, whether it is required, and whether it carries the refusal. */
  record Field(String name, Kind kind, boolean required, boolean carriesRefusal) {}

  static Field required(String name, Kind kind) {
    return new Field(name, kind, true, false);
  }

  static Field optional(String name, Kind kind) {
    return new Field(name, kind, false, false);
  }

  /** The field whose template value makes the request fail (an unknown id, a taken name). */
  static Field refusing(String name, Kind kind) {
    return new Field(name, kind, true, true);
  }

  /** A query parameter and its malformed values (raw, before URL encoding). */
  record Param(String name, List<String> invalid, List<String> accepted) {}

  private static final List<String> BAD_INTEGERS =
      List.of(
          "abc", "-1", "1.5", "1e308", "9223372036854775808", "", SQL, SCRIPT, NUL, "٣", "1_000");

  static Param offset() {
    return new Param("offset", BAD_INTEGERS, List.of());
  }

  static Param limit() {
    List<String> bad = new ArrayList<>(BAD_INTEGERS);
    bad.addAll(List.of("0", "101", "2147483648"));
    return new Param("limit", bad, List.of());
  }

  static Param uuidParam(String name) {
    return new Param(
        name,
        List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", SQL, SCRIPT, NUL),
        List.of());
  }

  static Param dateParam(String name) {
    return new Param(name, List.of("2026-13-45", "2027-02-30", "yesterday", SQL, NUL), List.of());
  }

  static Param enumParam(String name) {
    return new Param(name, List.of("planet", SQL, SCRIPT, NUL), List.of());
  }

  static Param boolParam(String name) {
    return new Param(name, List.of("maybe", "2", SQL, NUL), List.of());
  }

  /**
   * Free text matched exactly: any value is well-formed, and none of these matches a row; only a
   * NUL character, which no database text can hold, is refused.
   */
  static Param textParam(String name) {
    return new Param(
        name, List.of(NUL), List.of(SQL + MARKER, SCRIPT + MARKER, UNICODE, longText(4_000)));
  }

  enum Auth {
    PUBLIC,
    USER,
    ADMIN
  }

  /**
   * One operation. {@code template} is the OpenAPI path; {@code path} the path the sweep calls (ids
   * filled in). {@code body} is the template body, null for operations that read none. {@code
   * refusedBy} says why the spec refuses the template itself (then every mutation must be refused
   * too), or is null when the template is valid and only {@link Kind#invalid} values are sent.
   */
  record Endpoint(
      String method,
      String template,
      Auth auth,
      String path,
      JsonObject body,
      List<Field> fields,
      List<Param> params,
      String refusedBy) {

    boolean readsBody() {
      return body != null;
    }

    boolean refused() {
      return refusedBy != null;
    }

    String operation() {
      return method + " " + template;
    }

    /** The template body with one field replaced (or left out, {@link #ABSENT}). */
    JsonObject with(String field, JsonValue value) {
      JsonObjectBuilder builder = Json.createObjectBuilder(body);
      if (value == ABSENT) {
        builder.remove(field);
      } else {
        builder.add(field, value);
      }
      return builder.build();
    }
  }

  /** Ids the template requests need: known ones come from the sweep's own setup. */
  record Ids(String userId, String takenEmail, String takenMerchantName) {}

  static List<Endpoint> endpoints(Ids ids) {
    String unknown = java.util.UUID.randomUUID().toString();
    String flagKey = MARKER + "_flag";
    Map<String, Endpoint> all = new LinkedHashMap<>();
    List<Param> page = List.of(offset(), limit());
    add(all, get("/api/v1", Auth.PUBLIC, List.of()));
    add(
        all,
        post(
            "/api/v1/users",
            Auth.PUBLIC,
            body("email", ids.takenEmail(), "password", "Str0ng!Pass"),
            List.of(refusing("email", Kind.EMAIL), required("password", Kind.NEW_PASSWORD)),
            "409 EMAIL_ALREADY_REGISTERED: the email is taken (spec 01 §2)"));
    add(all, get("/api/v1/users/me", Auth.USER, List.of()));
    add(
        all,
        post(
            "/api/v1/auth/login",
            Auth.PUBLIC,
            body("email", MARKER + "@example.com", "password", "Str0ng!Pass"),
            List.of(required("email", Kind.EMAIL), required("password", Kind.TEXT)),
            "401 INVALID_CREDENTIALS: nobody has this email (spec 01 §3)"));
    add(
        all,
        post(
            "/api/v1/auth/refresh",
            Auth.PUBLIC,
            body("refresh_token", "not-a-token-" + MARKER),
            List.of(required("refresh_token", Kind.TOKEN)),
            "401 INVALID_REFRESH_TOKEN: the token is not a JWT (spec 01 §4)"));
    add(
        all,
        post(
            "/api/v1/auth/logout",
            Auth.PUBLIC,
            body("refresh_token", "not-a-token-" + MARKER),
            List.of(required("refresh_token", Kind.TOKEN)),
            null));
    add(
        all,
        post(
            "/api/v1/merchants",
            Auth.ADMIN,
            Json.createObjectBuilder()
                .add("name", ids.takenMerchantName())
                .add("default_cashback_percentage", 5)
                .add("active", true)
                .build(),
            List.of(
                refusing("name", Kind.TEXT),
                required("default_cashback_percentage", Kind.NUMBER),
                optional("active", Kind.BOOLEAN)),
            "409 MERCHANT_ALREADY_EXISTS: the name is taken (99 M2)"));
    add(all, get("/api/v1/merchants", Auth.ADMIN, concat(page, List.of(boolParam("active")))));
    add(
        all,
        patch(
            "/api/v1/merchants/{merchant_id}/status",
            "/api/v1/merchants/" + unknown + "/status",
            Auth.ADMIN,
            body("status", "inactive"),
            List.of(required("status", Kind.ENUM)),
            "404 NOT_FOUND: no such merchant (spec 02 §4)"));
    add(
        all,
        post(
            "/api/v1/offers",
            Auth.ADMIN,
            Json.createObjectBuilder()
                .add("merchant_id", unknown)
                .add("cashback_type", "percent")
                .add("cashback_value", 10)
                .add("start_date", "2099-05-01")
                .add("end_date", "2099-05-31")
                .add("monthly_cap", 50)
                .build(),
            List.of(
                refusing("merchant_id", Kind.UUID),
                required("cashback_type", Kind.ENUM),
                required("cashback_value", Kind.NUMBER),
                required("start_date", Kind.DATE),
                required("end_date", Kind.DATE),
                required("monthly_cap", Kind.NUMBER)),
            "404 NOT_FOUND: no such merchant (spec 03 §2)"));
    add(
        all,
        get(
            "/api/v1/offers",
            Auth.USER,
            concat(
                page,
                List.of(
                    enumParam("status"),
                    uuidParam("merchant_id"),
                    dateParam("date_from"),
                    dateParam("date_to")))));
    add(all, get("/api/v1/offers/active", Auth.USER, page));
    add(all, get("/api/v1/offers/{offer_id}", "/api/v1/offers/" + unknown, Auth.USER, List.of()));
    add(
        all,
        patch(
            "/api/v1/offers/{offer_id}/status",
            "/api/v1/offers/" + unknown + "/status",
            Auth.ADMIN,
            body("status", "inactive"),
            List.of(required("status", Kind.ENUM)),
            "404 NOT_FOUND: no such offer (spec 03 §6)"));
    add(
        all,
        new Endpoint(
            "PUT",
            "/api/v1/feature-flags/{key}",
            Auth.ADMIN,
            "/api/v1/feature-flags/" + flagKey,
            Json.createObjectBuilder()
                .add("enabled", true)
                .add("scope_type", "global")
                .add("description", MARKER)
                .build(),
            List.of(
                required("enabled", Kind.BOOLEAN),
                optional("scope_type", Kind.ENUM),
                optional("scope_id", Kind.UUID),
                optional("description", Kind.TEXT)),
            List.of(),
            null));
    add(
        all,
        new Endpoint(
            "DELETE",
            "/api/v1/feature-flags/{key}",
            Auth.ADMIN,
            "/api/v1/feature-flags/" + flagKey,
            null,
            List.of(),
            List.of(enumParam("scope_type"), uuidParam("scope_id")),
            "404 FEATURE_FLAG_NOT_FOUND: no such flag (99 M6)"));
    add(
        all,
        get(
            "/api/v1/feature-flags",
            Auth.ADMIN,
            concat(
                page,
                // Spec 04 §3: key and scope_type are exact matches, not validated.
                List.of(textParam("key"), textParam("scope_type"), uuidParam("scope_id")))));
    add(
        all,
        get(
            "/api/v1/feature-flags/{key}/evaluate",
            "/api/v1/feature-flags/" + flagKey + "/evaluate",
            Auth.ADMIN,
            List.of(enumParam("scope_type"), uuidParam("scope_id"))));
    add(
        all,
        post(
            "/api/v1/purchases",
            Auth.USER,
            Json.createObjectBuilder()
                .add("external_id", "ext-" + MARKER)
                .add("user_id", ids.userId())
                .add("merchant_id", unknown)
                .add("amount", "75.00")
                .add("currency", "EUR")
                .build(),
            List.of(
                required("external_id", Kind.TEXT),
                required("user_id", Kind.UUID),
                refusing("merchant_id", Kind.UUID),
                required("amount", Kind.MONEY),
                required("currency", Kind.ENUM)),
            "4xx: no such merchant (spec 06 §3)"));
    add(
        all,
        get(
            "/api/v1/purchases",
            Auth.ADMIN,
            concat(
                page,
                List.of(
                    enumParam("status"),
                    // Spec 06: exact text matches, not checked as UUIDs.
                    textParam("user_id"),
                    textParam("merchant_id"),
                    dateParam("start_date"),
                    dateParam("end_date")))));
    add(
        all,
        get(
            "/api/v1/purchases/{purchase_id}",
            "/api/v1/purchases/" + unknown,
            Auth.USER,
            List.of()));
    add(
        all,
        new Endpoint(
            "POST",
            "/api/v1/purchases/{purchase_id}/confirmation",
            Auth.ADMIN,
            "/api/v1/purchases/" + unknown + "/confirmation",
            null,
            List.of(),
            List.of(),
            "404 NOT_FOUND: no such purchase (spec 06)"));
    add(
        all,
        new Endpoint(
            "PATCH",
            "/api/v1/purchases/{purchase_id}/reverse",
            Auth.ADMIN,
            "/api/v1/purchases/" + unknown + "/reverse",
            null,
            List.of(),
            List.of(),
            "404 NOT_FOUND: no such purchase (spec 06)"));
    add(
        all,
        get("/api/v1/users/me/purchases", Auth.USER, concat(page, List.of(enumParam("status")))));
    add(all, get("/api/v1/users/me/wallet", Auth.USER, List.of()));
    add(all, get("/api/v1/users/me/wallet/transactions", Auth.USER, page));
    JsonObject payout =
        Json.createObjectBuilder()
            .add("amount", "20.00")
            .add("method", "bank_transfer")
            .add(
                "details",
                Json.createObjectBuilder()
                    .add("iban", "ES9121000418450200051332")
                    .add("account_holder", MARKER))
            .build();
    List<Field> payoutFields =
        List.of(
            required("amount", Kind.MONEY),
            required("method", Kind.ENUM),
            required("details", Kind.OBJECT));
    add(
        all,
        post(
            "/api/v1/users/payouts",
            Auth.USER,
            payout,
            payoutFields,
            "409 INSUFFICIENT_BALANCE: the sweep's user has an empty wallet (spec 09 §3)"));
    add(all, get("/api/v1/users/payouts", Auth.USER, concat(page, List.of(enumParam("status")))));
    add(
        all,
        post(
            "/api/v1/users/wallet/withdraw",
            Auth.USER,
            payout,
            payoutFields,
            "409 INSUFFICIENT_BALANCE: the sweep's user has an empty wallet (spec 09 §4)"));
    add(
        all,
        get(
            "/api/v1/admin/payouts",
            Auth.ADMIN,
            concat(
                page,
                List.of(
                    enumParam("status"),
                    uuidParam("user_id"),
                    dateParam("start_date"),
                    dateParam("end_date")))));
    add(
        all,
        patch(
            "/api/v1/admin/payouts/{payout_id}/process",
            "/api/v1/admin/payouts/" + unknown + "/process",
            Auth.ADMIN,
            body("status", "completed"),
            List.of(required("status", Kind.ENUM)),
            "404 NOT_FOUND: no such payout (spec 09 §6)"));
    add(
        all,
        get(
            "/api/v1/audit-logs",
            Auth.ADMIN,
            concat(
                page,
                List.of(
                    textParam("action"),
                    textParam("resource_type"),
                    textParam("resource_id"),
                    uuidParam("actor_id"),
                    new Param("from", List.of("2026-13-45", "yesterday", SQL), List.of()),
                    new Param("to", List.of("2026-13-45T00:00:00", "soon", SQL), List.of())))));
    return List.copyOf(all.values());
  }

  private static void add(Map<String, Endpoint> all, Endpoint endpoint) {
    if (all.put(endpoint.operation(), endpoint) != null) {
      throw new IllegalStateException("listed twice: " + endpoint.operation());
    }
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  private static JsonObject body(String... keysAndValues) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      builder.add(keysAndValues[i], keysAndValues[i + 1]);
    }
    return builder.build();
  }

  private static Endpoint get(String template, Auth auth, List<Param> params) {
    return get(template, template, auth, params);
  }

  /** A read: with a valid request it succeeds; an unknown id in the path gives 404. */
  private static Endpoint get(String template, String path, Auth auth, List<Param> params) {
    String refusedBy = template.contains("{") && !template.contains("{key}") ? "404" : null;
    return new Endpoint("GET", template, auth, path, null, List.of(), params, refusedBy);
  }

  private static Endpoint post(
      String path, Auth auth, JsonObject body, List<Field> fields, String refusedBy) {
    return new Endpoint("POST", path, auth, path, body, fields, List.of(), refusedBy);
  }

  private static Endpoint patch(
      String template,
      String path,
      Auth auth,
      JsonObject body,
      List<Field> fields,
      String refusedBy) {
    return new Endpoint("PATCH", template, auth, path, body, fields, List.of(), refusedBy);
  }
}
