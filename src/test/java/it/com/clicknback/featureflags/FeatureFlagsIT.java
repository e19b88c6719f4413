package it.com.clicknback.featureflags;

import static it.com.clicknback.support.Accounts.newAdminSession;
import static it.com.clicknback.support.Accounts.newSession;
import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.Accounts.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Feature flags: set, list, evaluate and delete (spec 04, 99 M5, M6, M10, S1, D9). */
@MicroShedTest
class FeatureFlagsIT {

  private static final String FLAGS = "/api/v1/feature-flags";
  private static final String TIMESTAMPTZ =
      "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z";

  private static Session admin;

  @BeforeAll
  static void logInAdmin() throws Exception {
    admin = newAdminSession();
  }

  /** A key no other test uses: lower-case snake_case starting with a letter. */
  static String uniqueKey() {
    return "it_" + UUID.randomUUID().toString().replace('-', '_');
  }

  static HttpResponse<String> put(String key, String body) {
    return authorized(admin.accessToken(), "PUT", FLAGS + "/" + key, body);
  }

  static JsonObject setFlag(String key, String body) {
    HttpResponse<String> response = put(key, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static HttpResponse<String> adminGet(String pathAndQuery) {
    return authorized(admin.accessToken(), "GET", pathAndQuery, null);
  }

  static boolean evaluate(String key, String query) {
    HttpResponse<String> response = adminGet(FLAGS + "/" + key + "/evaluate" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).getString("key")).isEqualTo(key);
    return json(response).getBoolean("enabled");
  }

  static HttpResponse<String> delete(String key, String query) {
    return authorized(admin.accessToken(), "DELETE", FLAGS + "/" + key + query, null);
  }

  static List<JsonObject> data(HttpResponse<String> response) {
    return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
  }

  /** A JSON object from text, to compare regardless of key order (JSONB reorders keys). */
  static JsonObject object(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static String violations(HttpResponse<String> response) {
    return error(response).getJsonObject("details").getJsonArray("violations").toString();
  }

  @Test
  void set_returns200NewGlobalRecord_onNewKey() {
    // Arrange
    String key = uniqueKey();

    // Act
    HttpResponse<String> response =
        put(key, "{\"enabled\":\"no\",\"description\":\"Pause auto-confirm\"}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject flag = json(response);
    assertThat(flag.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "key",
            "enabled",
            "scope_type",
            "scope_id",
            "description",
            "created_at",
            "updated_at");
    assertThat(UUID.fromString(flag.getString("id"))).isNotNull();
    assertThat(flag.getString("key")).isEqualTo(key);
    assertThat(flag.getBoolean("enabled")).isFalse();
    assertThat(flag.getString("scope_type")).isEqualTo("global");
    assertThat(flag.get("scope_id")).isEqualTo(JsonValue.NULL);
    assertThat(flag.getString("description")).isEqualTo("Pause auto-confirm");
    assertThat(flag.getString("created_at")).matches(TIMESTAMPTZ);
    assertThat(flag.getString("updated_at")).isEqualTo(flag.getString("created_at"));
  }

  @Test
  void set_updatesSameRecordAndMovesUpdatedAtOnlyOnChange_onRepeatedPuts() throws Exception {
    // Arrange
    String key = uniqueKey();
    JsonObject created = setFlag(key, "{\"enabled\":true,\"description\":\"First\"}");
    Thread.sleep(5);

    // Act
    JsonObject noOp = setFlag(key, "{\"enabled\":true}");
    JsonObject changed = setFlag(key, "{\"enabled\":false,\"scope_type\":\"global\"}");
    JsonObject described = setFlag(key, "{\"enabled\":false,\"description\":\"Second\"}");

    // Assert
    assertThat(noOp.getString("id")).isEqualTo(created.getString("id"));
    assertThat(noOp.getString("updated_at")).isEqualTo(created.getString("updated_at"));
    assertThat(noOp.getString("description")).isEqualTo("First");
    assertThat(changed.getString("id")).isEqualTo(created.getString("id"));
    assertThat(changed.getBoolean("enabled")).isFalse();
    assertThat(changed.getString("description")).isEqualTo("First");
    assertThat(changed.getString("created_at")).isEqualTo(created.getString("created_at"));
    assertThat(changed.getString("updated_at"))
        .matches(TIMESTAMPTZ)
        .isNotEqualTo(created.getString("updated_at"));
    assertThat(described.getString("description")).isEqualTo("Second");
    assertThat(data(adminGet(FLAGS + "?key=" + key))).hasSize(1);
  }

  @Test
  void set_keepsOneRecordPerScope_onMerchantAndUserScopesOfOneKey() {
    // Arrange
    String key = uniqueKey();
    UUID scopeId = UUID.randomUUID();
    String upperNoHyphens = scopeId.toString().replace("-", "").toUpperCase(Locale.ROOT);

    // Act
    JsonObject global = setFlag(key, "{\"enabled\":true}");
    JsonObject merchant =
        setFlag(
            key,
            "{\"enabled\":false,\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}"
                .formatted(upperNoHyphens));
    JsonObject user =
        setFlag(
            key, "{\"enabled\":0,\"scope_type\":\"user\",\"scope_id\":\"%s\"}".formatted(scopeId));

    // Assert
    assertThat(merchant.getString("scope_type")).isEqualTo("merchant");
    assertThat(merchant.getString("scope_id")).isEqualTo(scopeId.toString());
    assertThat(merchant.get("description")).isEqualTo(JsonValue.NULL);
    assertThat(user.getString("scope_type")).isEqualTo("user");
    assertThat(user.getBoolean("enabled")).isFalse();
    assertThat(List.of(global.getString("id"), merchant.getString("id"), user.getString("id")))
        .doesNotHaveDuplicates();
  }

  @Test
  void set_returns422InvalidKeyWithoutViolations_onMalformedKeys() {
    // Arrange
    String tooLong = "k" + "x".repeat(100);

    // Act
    HttpResponse<String> upper = put("Bad_Key", "{\"enabled\":true}");
    HttpResponse<String> digitFirst = put("1abc", "{\"enabled\":true}");
    HttpResponse<String> long101 = put(tooLong, "{\"enabled\":true}");

    // Assert
    for (HttpResponse<String> response : List.of(upper, digitFirst, long101)) {
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(error(response).getString("code")).isEqualTo("VALIDATION_ERROR");
      assertThat(error(response).getString("message")).isEqualTo("Invalid feature flag key.");
    }
    assertThat(error(upper).getJsonObject("details").toString()).isEqualTo("{\"key\":\"Bad_Key\"}");
    assertThat(error(long101).getJsonObject("details").getString("key")).isEqualTo(tooLong);
  }

  @Test
  void set_reportsBodyViolationsBeforeKey_onBadBodyAndBadKey() {
    // Act
    HttpResponse<String> response =
        put(
            "Bad-Key",
            "{\"scope_type\":\"team\",\"scope_id\":\"not-a-uuid\",\"description\":\"x\"}");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getString("message")).isEqualTo("Request validation failed.");
    assertThat(violations(response))
        .isEqualTo(
            "[{\"field\":\"enabled\",\"reason\":\"Field required\"},"
                + "{\"field\":\"scope_type\",\"reason\":\"Input should be 'global', 'merchant' or"
                + " 'user'\"},"
                + "{\"field\":\"scope_id\",\"reason\":\"Input should be a valid UUID\"}]");
  }

  @Test
  void set_returns422_onMissingOrNonObjectOrNonBooleanBody() {
    // Act
    HttpResponse<String> missing = put(uniqueKey(), null);
    HttpResponse<String> notBoolean = put(uniqueKey(), "{\"enabled\":\"maybe\"}");

    // Assert
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(violations(missing)).contains("\"field\":\"body\"");
    assertThat(notBoolean.statusCode()).isEqualTo(422);
    assertThat(violations(notBoolean)).contains("\"field\":\"enabled\"");
  }

  @Test
  void set_returns422ScopeIdRequired_onScopedTypeWithoutScopeId() {
    // Act
    HttpResponse<String> merchant =
        put(uniqueKey(), "{\"enabled\":true,\"scope_type\":\"merchant\"}");
    HttpResponse<String> user =
        put(uniqueKey(), "{\"enabled\":true,\"scope_type\":\"user\",\"scope_id\":null}");

    // Assert
    assertThat(merchant.statusCode()).isEqualTo(422);
    assertThat(error(merchant).getString("code")).isEqualTo("FEATURE_FLAG_SCOPE_ID_REQUIRED");
    assertThat(error(merchant).getString("message"))
        .isEqualTo("scope_id is required when scope_type is 'merchant'.");
    assertThat(error(merchant).getJsonObject("details").toString())
        .isEqualTo("{\"scope_type\":\"merchant\"}");
    assertThat(user.statusCode()).isEqualTo(422);
    assertThat(error(user).getJsonObject("details").getString("scope_type")).isEqualTo("user");
  }

  @Test
  void set_returns422AndStoresNothing_onGlobalScopeWithScopeId() {
    // Arrange
    String key = uniqueKey();
    UUID scopeId = UUID.randomUUID();

    // Act
    HttpResponse<String> response =
        put(key, "{\"enabled\":false,\"scope_id\":\"%s\"}".formatted(scopeId));

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(error(response).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(error(response).getString("message"))
        .isEqualTo("scope_id must be null when scope_type is 'global'.");
    assertThat(error(response).getJsonObject("details").toString())
        .isEqualTo("{\"scope_type\":\"global\",\"scope_id\":\"%s\"}".formatted(scopeId));
    assertThat(data(adminGet(FLAGS + "?key=" + key))).isEmpty();
  }

  @Test
  void set_succeedsEveryTimeLeavingOneRecord_onConcurrentUpsertsOfOneKeyAndScope()
      throws Exception {
    // Arrange
    String key = uniqueKey();
    String scopeId = UUID.randomUUID().toString();
    int parallel = 8;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      String body =
          "{\"enabled\":%s,\"scope_type\":\"user\",\"scope_id\":\"%s\"}"
              .formatted(i % 2 == 0, scopeId);
      calls.add(() -> put(key, body));
    }

    // Act
    List<HttpResponse<String>> responses = new ArrayList<>();
    try {
      for (Future<HttpResponse<String>> response : pool.invokeAll(calls)) {
        responses.add(response.get());
      }
    } finally {
      pool.shutdownNow();
    }

    // Assert
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    assertThat(responses.stream().map(r -> json(r).getString("id")).distinct()).hasSize(1);
    HttpResponse<String> list = adminGet(FLAGS + "?key=" + key);
    assertThat(json(list).getJsonObject("pagination").getInt("total")).isEqualTo(1);
  }

  @Test
  void list_filtersPagesAndOrdersNewestFirst_onKeyScopeTypeAndScopeId() {
    // Arrange
    String key = uniqueKey();
    UUID merchantId = UUID.randomUUID();
    UUID userId = UUID.randomUUID();
    String globalId = setFlag(key, "{\"enabled\":true}").getString("id");
    String merchantFlagId =
        setFlag(
                key,
                "{\"enabled\":false,\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}"
                    .formatted(merchantId))
            .getString("id");
    String userFlagId =
        setFlag(
                key,
                "{\"enabled\":false,\"scope_type\":\"user\",\"scope_id\":\"%s\"}".formatted(userId))
            .getString("id");

    // Act
    HttpResponse<String> byKey = adminGet(FLAGS + "?key=" + key);
    HttpResponse<String> slashForm = adminGet(FLAGS + "/?key=" + key);
    HttpResponse<String> secondPage = adminGet(FLAGS + "?key=" + key + "&limit=1&offset=1");
    HttpResponse<String> merchants = adminGet(FLAGS + "?key=" + key + "&scope_type=merchant");
    HttpResponse<String> byScopeId =
        adminGet(FLAGS + "?scope_id=" + userId.toString().toUpperCase(Locale.ROOT));
    HttpResponse<String> bogusType = adminGet(FLAGS + "?key=" + key + "&scope_type=bogus");
    HttpResponse<String> pastEnd = adminGet(FLAGS + "?key=" + key + "&offset=10");

    // Assert
    assertThat(byKey.statusCode()).isEqualTo(200);
    assertThat(data(byKey))
        .extracting(f -> f.getString("id"))
        .containsExactly(userFlagId, merchantFlagId, globalId);
    assertThat(json(byKey).getJsonObject("pagination"))
        .isEqualTo(object("{\"offset\":0,\"limit\":20,\"total\":3}"));
    assertThat(slashForm.statusCode()).isEqualTo(200);
    assertThat(slashForm.body()).isEqualTo(byKey.body());
    assertThat(data(secondPage)).extracting(f -> f.getString("id")).containsExactly(merchantFlagId);
    assertThat(json(secondPage).getJsonObject("pagination"))
        .isEqualTo(object("{\"offset\":1,\"limit\":1,\"total\":3}"));
    assertThat(data(merchants)).extracting(f -> f.getString("id")).containsExactly(merchantFlagId);
    assertThat(data(byScopeId)).extracting(f -> f.getString("id")).containsExactly(userFlagId);
    assertThat(data(bogusType)).isEmpty();
    assertThat(json(bogusType).getJsonObject("pagination").getInt("total")).isZero();
    assertThat(data(pastEnd)).isEmpty();
    assertThat(json(pastEnd).getJsonObject("pagination").getInt("total")).isEqualTo(3);
  }

  @Test
  void list_returns422ListingEveryProblem_onNonUuidScopeIdAndBadPaging() {
    // Act
    HttpResponse<String> response = adminGet(FLAGS + "?scope_id=nope&offset=-1&limit=101");

    // Assert
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(violations(response))
        .isEqualTo(
            "[{\"field\":\"scope_id\",\"reason\":\"Input should be a valid UUID\"},"
                + "{\"field\":\"offset\",\"reason\":\"Input should be greater than or equal to 0\"},"
                + "{\"field\":\"limit\",\"reason\":\"Input should be less than or equal to 100\"}]");
  }

  @Test
  void evaluate_isTrue_onUnknownKeyOfAnyShape() {
    // Act / Assert
    assertThat(evaluate(uniqueKey(), "")).isTrue();
    assertThat(evaluate("Not-A-Valid-Key", "")).isTrue();
    assertThat(evaluate(uniqueKey(), "?scope_type=user&scope_id=" + UUID.randomUUID())).isTrue();
  }

  @Test
  void evaluate_honoursGlobalFalse_onScopesWithoutOwnRecord() {
    // Arrange
    String key = uniqueKey();
    setFlag(key, "{\"enabled\":false}");

    // Act
    boolean global = evaluate(key, "");
    boolean explicitGlobal = evaluate(key, "?scope_type=global&scope_id=" + UUID.randomUUID());
    boolean merchant = evaluate(key, "?scope_type=merchant&scope_id=" + UUID.randomUUID());
    boolean user = evaluate(key, "?scope_type=user&scope_id=" + UUID.randomUUID());
    boolean unknownType = evaluate(key, "?scope_type=team&scope_id=" + UUID.randomUUID());

    // Assert
    assertThat(List.of(global, explicitGlobal, merchant, user, unknownType)).containsOnly(false);
  }

  @Test
  void evaluate_prefersScopedRecordOverGlobal_onMerchantAndUserRecords() {
    // Arrange
    String key = uniqueKey();
    UUID merchantId = UUID.randomUUID();
    UUID userId = UUID.randomUUID();
    setFlag(key, "{\"enabled\":true}");
    setFlag(
        key,
        "{\"enabled\":false,\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}"
            .formatted(merchantId));
    setFlag(
        key, "{\"enabled\":false,\"scope_type\":\"user\",\"scope_id\":\"%s\"}".formatted(userId));
    String otherKey = uniqueKey();
    setFlag(otherKey, "{\"enabled\":false}");
    setFlag(
        otherKey,
        "{\"enabled\":true,\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}".formatted(merchantId));

    // Act
    boolean merchantOff = evaluate(key, "?scope_type=merchant&scope_id=" + merchantId);
    boolean userOff =
        evaluate(
            key,
            "?scope_type=user&scope_id="
                + userId.toString().replace("-", "").toUpperCase(Locale.ROOT));
    boolean otherMerchant = evaluate(key, "?scope_type=merchant&scope_id=" + UUID.randomUUID());
    boolean userIdAsMerchant = evaluate(key, "?scope_type=merchant&scope_id=" + userId);
    boolean globalIgnoresId = evaluate(key, "?scope_type=global&scope_id=" + merchantId);
    boolean merchantOnOverGlobalOff =
        evaluate(otherKey, "?scope_type=merchant&scope_id=" + merchantId);

    // Assert
    assertThat(merchantOff).isFalse();
    assertThat(userOff).isFalse();
    assertThat(otherMerchant).isTrue();
    assertThat(userIdAsMerchant).isTrue();
    assertThat(globalIgnoresId).isTrue();
    assertThat(merchantOnOverGlobalOff).isTrue();
  }

  @Test
  void evaluate_returns422_onScopedTypeWithoutIdOrNonUuidScopeId() {
    // Arrange
    String key = uniqueKey();

    // Act
    HttpResponse<String> missingId = adminGet(FLAGS + "/" + key + "/evaluate?scope_type=team");
    HttpResponse<String> badId =
        adminGet(FLAGS + "/" + key + "/evaluate?scope_type=user&scope_id=123");

    // Assert
    assertThat(missingId.statusCode()).isEqualTo(422);
    assertThat(error(missingId).getString("code")).isEqualTo("FEATURE_FLAG_SCOPE_ID_REQUIRED");
    assertThat(error(missingId).getString("message"))
        .isEqualTo("scope_id is required when scope_type is 'team'.");
    assertThat(badId.statusCode()).isEqualTo(422);
    assertThat(violations(badId))
        .isEqualTo("[{\"field\":\"scope_id\",\"reason\":\"Input should be a valid UUID\"}]");
  }

  @Test
  void delete_returns204ThenFallsBackAndThen404_onScopedRecord() {
    // Arrange
    String key = uniqueKey();
    UUID merchantId = UUID.randomUUID();
    setFlag(key, "{\"enabled\":true}");
    setFlag(
        key,
        "{\"enabled\":false,\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}"
            .formatted(merchantId));
    String scope = "?scope_type=merchant&scope_id=" + merchantId;

    // Act
    HttpResponse<String> deleted = delete(key, scope);
    boolean afterDelete = evaluate(key, scope);
    HttpResponse<String> again = delete(key, scope);

    // Assert
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(afterDelete).isTrue();
    assertThat(data(adminGet(FLAGS + "?key=" + key)))
        .extracting(f -> f.getString("scope_type"))
        .containsExactly("global");
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(error(again).getString("code")).isEqualTo("FEATURE_FLAG_NOT_FOUND");
    assertThat(error(again).getString("message"))
        .isEqualTo(
            "Feature flag '%s' (scope merchant/%s) does not exist.".formatted(key, merchantId));
    assertThat(error(again).getJsonObject("details").toString())
        .isEqualTo(
            "{\"key\":\"%s\",\"scope_type\":\"merchant\",\"scope_id\":\"%s\"}"
                .formatted(key, merchantId));
  }

  @Test
  void delete_returns404WithNullScopeId_onMissingGlobalRecord() {
    // Arrange
    String key = uniqueKey();

    // Act
    HttpResponse<String> response = delete(key, "?scope_type=global");

    // Assert
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(error(response).getString("message"))
        .isEqualTo("Feature flag '%s' (scope global) does not exist.".formatted(key));
    assertThat(error(response).getJsonObject("details").toString())
        .isEqualTo("{\"key\":\"%s\",\"scope_type\":\"global\",\"scope_id\":null}".formatted(key));
  }

  @Test
  void delete_returns422_onMissingOrUnknownScopeTypeOrMissingScopeId() {
    // Arrange
    String key = uniqueKey();
    setFlag(key, "{\"enabled\":true}");

    // Act
    HttpResponse<String> noType = delete(key, "");
    HttpResponse<String> unknownType = delete(key, "?scope_type=team&scope_id=nope");
    HttpResponse<String> noId = delete(key, "?scope_type=user");
    HttpResponse<String> globalWithId =
        delete(key, "?scope_type=global&scope_id=" + UUID.randomUUID());

    // Assert
    assertThat(noType.statusCode()).isEqualTo(422);
    assertThat(violations(noType))
        .isEqualTo("[{\"field\":\"scope_type\",\"reason\":\"Field required\"}]");
    assertThat(unknownType.statusCode()).isEqualTo(422);
    assertThat(violations(unknownType))
        .isEqualTo(
            "[{\"field\":\"scope_type\",\"reason\":\"Input should be 'global', 'merchant' or"
                + " 'user'\"},{\"field\":\"scope_id\",\"reason\":\"Input should be a valid UUID\"}]");
    assertThat(noId.statusCode()).isEqualTo(422);
    assertThat(error(noId).getString("code")).isEqualTo("FEATURE_FLAG_SCOPE_ID_REQUIRED");
    assertThat(globalWithId.statusCode()).isEqualTo(422);
    assertThat(error(globalWithId).getString("code")).isEqualTo("VALIDATION_ERROR");
    assertThat(data(adminGet(FLAGS + "?key=" + key))).hasSize(1);
  }

  @Test
  void changes_leaveOneAuditRowEachNewestFirst_onCreateUpdateNoOpAndDelete() {
    // Arrange
    String key = uniqueKey();
    UUID userId = UUID.randomUUID();
    String body = "{\"enabled\":%s,\"scope_type\":\"user\",\"scope_id\":\"" + userId + "\"}";
    String id = setFlag(key, body.formatted(true)).getString("id");
    setFlag(key, body.formatted(false));
    setFlag(key, body.formatted(false));
    assertThat(delete(key, "?scope_type=user&scope_id=" + userId).statusCode()).isEqualTo(204);

    // Act
    HttpResponse<String> response =
        adminGet("/api/v1/audit-logs?resource_type=feature_flag&resource_id=" + id);

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonObject> rows = data(response);
    assertThat(rows)
        .extracting(r -> r.getString("action"))
        .containsExactly("FEATURE_FLAG_DELETED", "FEATURE_FLAG_SET", "FEATURE_FLAG_SET");
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.getString("actor_type")).isEqualTo("admin");
              assertThat(r.getString("actor_id")).isEqualTo(admin.userId());
              assertThat(r.getString("outcome")).isEqualTo("success");
            });
    String scope =
        "\"key\":\"%s\",\"scope_type\":\"user\",\"scope_id\":\"%s\"".formatted(key, userId);
    assertThat(rows.get(2).getJsonObject("details"))
        .isEqualTo(object("{" + scope + ",\"enabled\":true,\"previous_enabled\":null}"));
    assertThat(rows.get(1).getJsonObject("details"))
        .isEqualTo(object("{" + scope + ",\"enabled\":false,\"previous_enabled\":true}"));
    assertThat(rows.get(0).getJsonObject("details"))
        .isEqualTo(object("{" + scope + ",\"enabled\":false}"));
  }

  @Test
  void flagEndpoints_return403Forbidden_onNonAdmin() {
    // Arrange
    Session user = newSession();
    String key = uniqueKey();

    // Act
    List<HttpResponse<String>> responses =
        List.of(
            authorized(user.accessToken(), "PUT", FLAGS + "/" + key, "{\"enabled\":true}"),
            authorized(user.accessToken(), "GET", FLAGS, null),
            authorized(user.accessToken(), "GET", FLAGS + "/" + key + "/evaluate", null),
            authorized(
                user.accessToken(), "DELETE", FLAGS + "/" + key + "?scope_type=global", null));

    // Assert
    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(403);
              assertThat(error(r).getString("code")).isEqualTo("FORBIDDEN");
            });
    assertThat(data(adminGet(FLAGS + "?key=" + key))).isEmpty();
  }

  @Test
  void flagEndpoints_return401InvalidToken_onMissingToken() {
    // Arrange
    String key = uniqueKey();

    // Act
    List<HttpResponse<String>> responses =
        List.of(
            send("PUT", FLAGS + "/" + key, "{\"enabled\":true}"),
            send("GET", FLAGS + "/", null),
            send("GET", FLAGS + "/" + key + "/evaluate", null),
            send("DELETE", FLAGS + "/" + key + "?scope_type=global", null));

    // Assert
    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(401);
              assertThat(error(r).getString("code")).isEqualTo("INVALID_TOKEN");
            });
  }

  @Test
  void openapi_documentsEveryFlagOperationWithSecurity_always() {
    // Act
    HttpResponse<String> response =
        send(request("/openapi").header("Accept", "application/json").GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject paths = json(response).getJsonObject("paths");
    JsonObject collection = paths.getJsonObject(FLAGS);
    JsonObject single = paths.getJsonObject(FLAGS + "/{key}");
    JsonObject evaluate = paths.getJsonObject(FLAGS + "/{key}/evaluate");
    for (JsonObject operation :
        List.of(
            collection.getJsonObject("get"),
            single.getJsonObject("put"),
            single.getJsonObject("delete"),
            evaluate.getJsonObject("get"))) {
      assertThat(operation.getString("summary")).isNotBlank();
      assertThat(operation.getJsonArray("security").toString()).contains("bearerAuth");
      assertThat(operation.getJsonObject("responses").keySet()).contains("401", "403", "422");
    }
    assertThat(single.getJsonObject("delete").getJsonObject("responses").keySet())
        .contains("204", "404");
    JsonObject schemas = json(response).getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("FeatureFlag").getJsonObject("properties"))
        .containsKeys("scope_type", "scope_id", "created_at", "updated_at");
    assertThat(schemas.getJsonObject("SetFeatureFlagRequest").getJsonObject("properties"))
        .containsKeys("enabled", "scope_type", "scope_id", "description");
  }
}
