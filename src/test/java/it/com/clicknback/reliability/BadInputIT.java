package it.com.clicknback.reliability;

import static it.com.clicknback.reliability.BadInputCatalog.ABSENT;
import static it.com.clicknback.reliability.BadInputCatalog.MARKER;
import static it.com.clicknback.support.ApiClient.baseUrl;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.com.clicknback.reliability.BadInputCatalog.Auth;
import it.com.clicknback.reliability.BadInputCatalog.Endpoint;
import it.com.clicknback.reliability.BadInputCatalog.Field;
import it.com.clicknback.reliability.BadInputCatalog.Ids;
import it.com.clicknback.reliability.BadInputCatalog.Param;
import it.com.clicknback.reliability.BadInputCatalog.Value;
import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.ApiClient;
import it.com.clicknback.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Malformed input against every endpoint (issue #11, part 4), generated from {@link
 * BadInputCatalog}: for each operation, each field of its template body is replaced by values of
 * the wrong type, left out, nulled, made huge, negative, extreme, over-precise, or filled with SQL,
 * script, emoji and NUL; each query parameter and path id gets malformed values; the whole body is
 * replaced by broken, deep, huge, chunked or non-UTF-8 JSON and sent with wrong, missing or broken
 * Content-Type and Accept headers and malformed Authorization headers. Every answer must be a 4xx
 * with the error envelope (spec 00 §3), within 10 s, without a stack trace or SQL; free-text
 * filters, whose every value is well-formed, must answer 200 with no rows. Which answer is right is
 * decided by construction, not loosely: see {@link BadInputCatalog}. Two refusals happen in Liberty
 * before the application runs and cannot carry the envelope (an encoded NUL in the path; a URL or
 * header over 32 KiB); they have tests of their own that pin what the platform answers. {@link
 * #catalog_coversEveryOperation_ofOpenApiDocument} fails when an operation is added to the API
 * without being added to the catalog.
 *
 * <p><b>Nothing is written.</b> The last test compares a snapshot of the database taken after the
 * setup with one taken after the sweep. Only numbers nobody else changes while this class runs are
 * compared (the integration tests run one class at a time, but the purchase-verification job ticks
 * every 2 s and may confirm other classes' purchases, writing cashback, wallet and audit rows): row
 * counts of the tables only requests insert into and the job never does (users, merchants, offers,
 * feature flags, purchases, payouts, refresh tokens); rows anywhere that contain {@link
 * BadInputCatalog#MARKER}, which is in every text the sweep sends; and audit rows and wallets of
 * the sweep's own two accounts. The wallet of the sweep's user is created before the first
 * snapshot, because reading it creates it.
 */
@MicroShedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

  /** A request that takes longer than this counts as a hang. */
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1 as clients and the proxy speak it (no h2c upgrade), so limits are the same
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static Session admin;
  private static Session user;
  private static List<Endpoint> endpoints;
  private static Map<String, Long> before;

  @BeforeAll
  static void setUp() throws Exception {
    admin = Accounts.newAdminSession();
    user = Accounts.newSession();
    String takenEmail = MARKER + "-taken@example.com";
    assertThat(Accounts.register(takenEmail, Accounts.PASSWORD).statusCode()).isEqualTo(201);
    String takenName = MARKER + "-taken";
    assertThat(
            ApiClient.authorized(
                    admin.accessToken(),
                    "POST",
                    "/api/v1/merchants",
                    "{\"name\":\"" + takenName + "\",\"default_cashback_percentage\":5}")
                .statusCode())
        .isEqualTo(201);
    assertThat(ApiClient.authorized(user.accessToken(), "GET", "/api/v1/users/me/wallet", null))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    endpoints = BadInputCatalog.endpoints(new Ids(user.userId(), takenEmail, takenName));
    before = snapshot();
  }

  // ---------------------------------------------------------------------------------------------
  // The cases

  /** One generated request: what it is, and how to build it. */
  record Case(String name, Supplier<HttpRequest.Builder> build) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Session sessionFor(Endpoint endpoint) {
    return endpoint.auth() == Auth.ADMIN ? admin : user;
  }

  static Stream<Arguments> refusedCases() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      fieldCases(endpoint, cases);
      bodyCases(endpoint, cases);
      contentTypeCases(endpoint, cases);
      headerCases(endpoint, cases);
      queryCases(endpoint, cases);
      pathCases(endpoint, cases);
    }
    return cases.stream().map(c -> Arguments.of(c));
  }

  static Stream<Arguments> acceptedCases() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Param param : endpoint.params()) {
        for (String value : param.accepted()) {
          cases.add(
              new Case(
                  endpoint.operation() + " ?" + param.name() + "=" + label(value),
                  () -> build(endpoint, withQuery(endpoint.path(), param.name(), value))));
        }
      }
    }
    return cases.stream().map(c -> Arguments.of(c));
  }

  /** Each field replaced by each value its kind refuses (and, if the template is refused, more). */
  private static void fieldCases(Endpoint endpoint, List<Case> cases) {
    for (Field field : endpoint.fields()) {
      List<Value> values = new ArrayList<>(field.kind().invalid);
      List<Value> missing =
          List.of(new Value("missing", ABSENT), new Value("null", JsonValue.NULL));
      if (field.required()) {
        values.addAll(missing);
      }
      if (endpoint.refused() && !field.carriesRefusal()) {
        values.addAll(field.kind().unsure);
        if (!field.required()) {
          values.addAll(missing);
        }
      }
      for (Value value : values) {
        byte[] body = utf8(endpoint.with(field.name(), value.json()).toString());
        cases.add(
            new Case(
                endpoint.operation() + " " + field.name() + "=" + value.label(),
                () -> jsonRequest(endpoint, body)));
      }
    }
  }

  /** The whole body replaced: broken, deep, huge, chunked, not UTF-8, or with extra fields. */
  private static void bodyCases(Endpoint endpoint, List<Case> cases) {
    if (!endpoint.readsBody()) {
      return;
    }
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (String text :
        List.of(
            "",
            "{",
            "{\"a\": }",
            "{\"a\": 1,}",
            "{'a': 1}",
            "[]",
            "\"just a string\"",
            "12345",
            "null",
            "true",
            "{} {}",
            "{\"a\":1}garbage",
            "\uFEFF{}")) {
      bodies.put("body " + label(text), utf8(text));
    }
    bodies.put("array 5000 deep", utf8("[".repeat(5_000) + "]".repeat(5_000)));
    bodies.put("object 5000 deep", utf8("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
    bodies.put(
        "invalid UTF-8",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    bodies.put("UTF-16", endpoint.body().toString().getBytes(StandardCharsets.UTF_16));
    bodies.put("duplicate keys", utf8(duplicateKeys(endpoint.body())));
    bodies.put(
        "a 100k string (over 64 KiB)",
        utf8(endpoint.with("padding", Json.createValue("x".repeat(100_000))).toString()));
    bodies.put("100k numbers (over 64 KiB)", utf8("[" + "1,".repeat(50_000) + "1]"));
    for (Map.Entry<String, byte[]> entry : bodies.entrySet()) {
      byte[] body = entry.getValue();
      cases.add(
          new Case(endpoint.operation() + " " + entry.getKey(), () -> jsonRequest(endpoint, body)));
    }
    byte[] chunked =
        utf8(endpoint.with("padding", Json.createValue("y".repeat(100_000))).toString());
    cases.add(
        new Case(
            endpoint.operation() + " chunked body over 64 KiB, no Content-Length",
            () ->
                authorize(
                    request(endpoint.path())
                        .header("Content-Type", "application/json")
                        .method(
                            endpoint.method(),
                            HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(chunked))),
                    endpoint)));
    if (endpoint.refused()) {
      // Unknown fields are ignored (spec 00 §2), so they cannot turn a refused request into a
      // valid one, nor a role or id into something the caller may set.
      JsonObject extra =
          Json.createObjectBuilder(endpoint.body())
              .add("role", "admin")
              .add("active", "yes")
              .add("id", java.util.UUID.randomUUID().toString())
              .add("__proto__", Json.createObjectBuilder().add("admin", true))
              .add(BadInputCatalog.SQL, BadInputCatalog.SCRIPT + MARKER)
              .build();
      byte[] body = utf8(extra.toString());
      cases.add(
          new Case(
              endpoint.operation() + " extra unknown fields", () -> jsonRequest(endpoint, body)));
    }
  }

  private static String duplicateKeys(JsonObject body) {
    String first = body.keySet().iterator().next();
    String inner = body.toString().substring(1);
    return "{\"" + first + "\": {\"nested\": [1, 2]}, " + inner;
  }

  /** The template body under a content type that is not JSON, or none, or a broken one. */
  private static void contentTypeCases(Endpoint endpoint, List<Case> cases) {
    if (!endpoint.readsBody()) {
      return;
    }
    byte[] body = utf8(endpoint.body().toString());
    for (String type :
        new String[] {
          null,
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/",
          ";;;",
          "application/json-patch+json"
        }) {
      cases.add(
          new Case(
              endpoint.operation() + " Content-Type " + (type == null ? "missing" : type),
              () -> {
                HttpRequest.Builder builder =
                    request(endpoint.path())
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
                if (type != null) {
                  builder.header("Content-Type", type);
                }
                return authorize(builder, endpoint);
              }));
    }
  }

  /** A valid request with a wrong Accept header or a malformed Authorization header. */
  private static void headerCases(Endpoint endpoint, List<Case> cases) {
    for (String accept :
        List.of(
            "application/xml",
            "text/html",
            "image/png",
            "application/",
            ";;;",
            "text/html;q=abc",
            "application/json;q=2")) {
      cases.add(
          new Case(
              endpoint.operation() + " Accept " + accept,
              () -> build(endpoint, endpoint.path()).header("Accept", accept)));
    }
    if (endpoint.auth() == Auth.PUBLIC && !endpoint.refused()) {
      return; // a public endpoint ignores Authorization; its valid request is valid with any
    }
    Map<String, Function<Session, String>> headers = new LinkedHashMap<>();
    headers.put("none", s -> null);
    headers.put("empty", s -> "");
    headers.put("Bearer alone", s -> "Bearer");
    headers.put("Bearer and a space", s -> "Bearer ");
    headers.put("Basic", s -> "Basic " + base64("admin:admin"));
    headers.put("Token scheme", s -> "Token " + s.accessToken());
    headers.put("not a JWT", s -> "Bearer not.a.jwt");
    headers.put("SQL", s -> "Bearer " + BadInputCatalog.SQL);
    headers.put("8k junk", s -> "Bearer " + "A".repeat(8_000));
    headers.put("bad signature", s -> "Bearer " + s.accessToken() + "x");
    headers.put("alg none", s -> "Bearer " + algNone(s.accessToken()));
    headers.put("refresh token", s -> "Bearer " + s.refreshToken());
    headers.put("two tokens", s -> "Bearer " + s.accessToken() + " " + s.accessToken());
    if (endpoint.auth() == Auth.ADMIN) {
      headers.put("a user's token on an admin endpoint", s -> "Bearer " + user.accessToken());
    }
    for (Map.Entry<String, Function<Session, String>> entry : headers.entrySet()) {
      cases.add(
          new Case(
              endpoint.operation() + " Authorization " + entry.getKey(),
              () -> {
                HttpRequest.Builder builder = unauthorized(endpoint, endpoint.path());
                String value = entry.getValue().apply(sessionFor(endpoint));
                if (value != null) {
                  builder.header("Authorization", value);
                }
                return builder;
              }));
    }
  }

  /** Each query parameter with each value its kind refuses. */
  private static void queryCases(Endpoint endpoint, List<Case> cases) {
    for (Param param : endpoint.params()) {
      for (String value : param.invalid()) {
        cases.add(
            new Case(
                endpoint.operation() + " ?" + param.name() + "=" + label(value),
                () -> build(endpoint, withQuery(endpoint.path(), param.name(), value))));
      }
    }
  }

  /** Each path id replaced by a malformed one; none names a resource. */
  private static void pathCases(Endpoint endpoint, List<Case> cases) {
    int start = endpoint.template().indexOf('{');
    if (start < 0) {
      return;
    }
    String prefix = endpoint.template().substring(0, start);
    String suffix = endpoint.template().substring(endpoint.template().indexOf('}') + 1);
    Map<String, String> ids = new LinkedHashMap<>();
    // Spec 04 §4: evaluate takes any key, so only a malformed URI is refused there.
    if (!endpoint.template().endsWith("/evaluate")) {
      ids.put("not a uuid", "not-a-uuid");
      ids.put("upper-case unknown uuid", java.util.UUID.randomUUID().toString().toUpperCase());
      ids.put("SQL", encode(BadInputCatalog.SQL));
      ids.put("script", encode(BadInputCatalog.SCRIPT));
      ids.put("emoji", encode("😀"));
      ids.put("8k characters", "a".repeat(8_000));
    }
    ids.put("encoded invalid UTF-8", "%C3%28");
    ids.put("encoded slash", "..%2F..%2Fetc");
    ids.put("encoded backslash", "a%5Cb");
    ids.put("encoded dot segment", "%2E%2E");
    for (Map.Entry<String, String> id : ids.entrySet()) {
      String path = prefix + id.getValue() + suffix;
      cases.add(
          new Case(endpoint.operation() + " path id " + id.getKey(), () -> build(endpoint, path)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The tests

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCases")
  void request_isRefusedWithEnvelope_onMalformedInput(Case badInput) {
    // Act
    HttpResponse<String> response = sendWithin(badInput.build().get());

    // Assert
    assertRefused(badInput.name(), response);
  }

  @Order(2)
  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedCases")
  void list_returnsNoRows_onHostileFreeTextFilter(Case filter) {
    // Act
    HttpResponse<String> response = sendWithin(filter.build().get());

    // Assert
    assertThat(response.statusCode()).as(filter.name() + ": " + response.body()).isEqualTo(200);
    assertThat(json(response).getJsonObject("pagination").getInt("total")).isZero();
  }

  @Order(3)
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rawCases")
  void request_isRefusedOrClosed_onLyingContentLength(
      String operation, String description, byte[] rawRequest) throws IOException {
    // Act
    RawResponse response = sendRaw(rawRequest);

    // Assert
    if (response.status() == 0) {
      return; // the server closed the connection without answering: refused, not a hang
    }
    assertThat(response.status())
        .as(operation + " " + description + ": " + response.body())
        .isBetween(400, 499);
    assertEnvelope(response.body());
  }

  static Stream<Arguments> rawCases() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      if (!endpoint.readsBody()) {
        continue;
      }
      String body = endpoint.body().toString();
      String token = sessionFor(endpoint).accessToken();
      Map<String, String> lies = new LinkedHashMap<>();
      lies.put("declares 10 MB, sends the template", "10485760");
      lies.put("declares more than it sends, then ends", Integer.toString(body.length() + 50));
      lies.put("declares half of what it sends", Integer.toString(body.length() / 2));
      lies.put("declares a negative length", "-1");
      lies.put("declares a non-number", "abc");
      lies.put("declares 2^63", "9223372036854775808");
      for (Map.Entry<String, String> lie : lies.entrySet()) {
        String head =
            endpoint.method()
                + " "
                + endpoint.path()
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Length: "
                + lie.getValue()
                + "\r\n\r\n";
        cases.add(Arguments.of(endpoint.operation(), lie.getKey(), utf8(head + body)));
      }
    }
    return cases.stream();
  }

  /**
   * A known limit of the platform, not of the application: Liberty's web container refuses a path
   * holding an encoded NUL ({@code %00}) itself, before any filter, servlet or error page of the
   * application runs, so the answer cannot be the envelope. It is a 400 without a stack trace, and
   * a JSON body when the client asks for JSON.
   */
  @Order(4)
  @ParameterizedTest(name = "{0}")
  @MethodSource("routesWithIds")
  void pathWithEncodedNul_isRefusedByContainerWith400_beforeTheApplication(String operation) {
    // Arrange
    Endpoint endpoint =
        endpoints.stream().filter(e -> e.operation().equals(operation)).findFirst().orElseThrow();
    String path = endpoint.template().replaceFirst("\\{[a-z_]+\\}", "%00");

    // Act
    HttpResponse<String> response =
        sendWithin(build(endpoint, path).header("Accept", "application/json"));

    // Assert
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .contains("CWWWC0005I")
        .doesNotContain("Exception")
        .doesNotContain("at com.");
  }

  /**
   * The other limit of the platform: Liberty's HTTP channel refuses a request line or a header
   * longer than its field limit (32 KiB) before the web container sees it: an empty 400 and a
   * closed connection, or, when the close overtakes the answer, only the closed connection.
   */
  @Order(4)
  @ParameterizedTest(name = "{0}")
  @MethodSource("routesWithIds")
  void hugeUrlOrHeader_isRefusedByHttpChannel_beforeTheApplication(String operation) {
    // Arrange
    Endpoint endpoint =
        endpoints.stream().filter(e -> e.operation().equals(operation)).findFirst().orElseThrow();
    String hugePath = endpoint.template().replaceFirst("\\{[a-z_]+\\}", "a".repeat(100_000));

    // Act
    RawResponse hugeUrl = sendOrClosed(build(endpoint, hugePath));
    RawResponse hugeHeader =
        sendOrClosed(build(endpoint, endpoint.path()).header("X-Padding", "b".repeat(40_000)));

    // Assert
    for (RawResponse response : List.of(hugeUrl, hugeHeader)) {
      assertThat(response.status()).isIn(0, 400);
      assertThat(response.body()).isEmpty();
    }
  }

  /** The answer, or status 0 when the server closed the connection without one. */
  private static RawResponse sendOrClosed(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      return new RawResponse(response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      return fail(builder.build().uri() + ": no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      return new RawResponse(0, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> routesWithIds() {
    return endpoints.stream().filter(e -> e.template().contains("{")).map(Endpoint::operation);
  }

  @Order(5)
  @Test
  void catalog_coversEveryOperation_ofOpenApiDocument() {
    // Act
    HttpResponse<String> response =
        sendWithin(request("/openapi").header("Accept", "application/json").GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject paths = json(response).getJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    Set<String> methods = Set.of("get", "post", "put", "patch", "delete");
    paths.forEach(
        (path, item) ->
            item.asJsonObject().keySet().stream()
                .filter(methods::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
    Set<String> swept = new TreeSet<>();
    endpoints.forEach(endpoint -> swept.add(endpoint.operation()));
    assertThat(swept).isEqualTo(documented);
  }

  @Order(6)
  @Test
  void sweep_writesNothing_onAnyMalformedRequest() throws SQLException {
    // Act
    Map<String, Long> after = snapshot();

    // Assert
    assertThat(after).isEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------
  // Requests and assertions

  private static HttpRequest.Builder build(Endpoint endpoint, String path) {
    HttpRequest.Builder builder;
    if (endpoint.readsBody()) {
      builder =
          request(path)
              .header("Content-Type", "application/json")
              .method(
                  endpoint.method(),
                  HttpRequest.BodyPublishers.ofString(endpoint.body().toString()));
    } else {
      builder = request(path).method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
    }
    return authorize(builder, endpoint);
  }

  private static HttpRequest.Builder unauthorized(Endpoint endpoint, String path) {
    if (endpoint.readsBody()) {
      return request(path)
          .header("Content-Type", "application/json")
          .method(
              endpoint.method(), HttpRequest.BodyPublishers.ofString(endpoint.body().toString()));
    }
    return request(path).method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
  }

  private static HttpRequest.Builder jsonRequest(Endpoint endpoint, byte[] body) {
    return authorize(
        request(endpoint.path())
            .header("Content-Type", "application/json")
            .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body)),
        endpoint);
  }

  private static HttpRequest.Builder authorize(HttpRequest.Builder builder, Endpoint endpoint) {
    if (endpoint.auth() != Auth.PUBLIC) {
      builder.header("Authorization", "Bearer " + sessionFor(endpoint).accessToken());
    }
    return builder;
  }

  private static HttpResponse<String> sendWithin(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      return fail(builder.build().uri() + ": no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(String name, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(name + ": " + response.body()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(name)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertEnvelope(response.body());
  }

  private static void assertEnvelope(String body) {
    JsonObject error =
        Json.createReader(new StringReader(body)).readObject().getJsonObject("error");
    assertThat(error).as(body).isNotNull();
    assertThat(error.getString("code")).matches("[A-Z_]+");
    assertThat(error.getString("message")).isNotBlank();
    assertThat(error.get("details")).isInstanceOf(JsonObject.class);
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("at com.")
        .doesNotContain("at org.")
        .doesNotContain("SELECT")
        .doesNotContain("postgresql");
  }

  record RawResponse(int status, String body) {}

  /**
   * Writes a request as raw bytes (Java's client will not send a false Content-Length), ends the
   * upload, and reads the answer; status 0 when the server closed without one.
   */
  private static RawResponse sendRaw(byte[] rawRequest) throws IOException {
    URI base = URI.create(baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest);
      out.flush();
      socket.shutdownOutput();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      try {
        in.transferTo(received);
      } catch (java.net.SocketTimeoutException e) {
        if (received.size() == 0) {
          fail("no answer within " + TIMEOUT.toSeconds() + " s: the server hangs");
        }
      } catch (java.net.SocketException e) {
        // reset after the answer: what was read counts
      }
      String text = received.toString(StandardCharsets.UTF_8);
      if (text.isEmpty()) {
        return new RawResponse(0, "");
      }
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyStart = text.indexOf("\r\n\r\n") + 4;
      String body = text.substring(bodyStart);
      if (text.substring(0, bodyStart).toLowerCase().contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      return new RawResponse(status, body);
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        break;
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // What the database holds

  private static Map<String, Long> snapshot() throws SQLException {
    String like = "'%" + MARKER + "%'";
    String ours = "('" + admin.userId() + "'::uuid, '" + user.userId() + "'::uuid)";
    Map<String, String> queries = new LinkedHashMap<>();
    for (String table :
        List.of(
            "users",
            "merchants",
            "offers",
            "feature_flags",
            "purchases",
            "payouts",
            "refresh_tokens")) {
      queries.put(table, "SELECT count(*) FROM " + table);
    }
    queries.put("users with the marker", "SELECT count(*) FROM users WHERE email LIKE " + like);
    queries.put(
        "merchants with the marker", "SELECT count(*) FROM merchants WHERE name LIKE " + like);
    queries.put(
        "flags with the marker",
        "SELECT count(*) FROM feature_flags WHERE key LIKE "
            + like
            + " OR description LIKE "
            + like);
    queries.put(
        "purchases with the marker",
        "SELECT count(*) FROM purchases WHERE external_id LIKE " + like);
    queries.put(
        "payouts with the marker", "SELECT count(*) FROM payouts WHERE details::text LIKE " + like);
    queries.put(
        "audit rows with the marker",
        "SELECT count(*) FROM audit_logs WHERE details::text LIKE "
            + like
            + " OR resource_id LIKE "
            + like);
    queries.put(
        "audit rows of the sweep's accounts",
        "SELECT count(*) FROM audit_logs WHERE actor_id IN " + ours);
    queries.put(
        "wallets of the sweep's accounts", "SELECT count(*) FROM wallets WHERE user_id IN " + ours);
    queries.put(
        "cents in the wallets of the sweep's accounts",
        "SELECT coalesce(sum(pending_balance + available_balance + paid_balance) * 100, 0)"
            + "::bigint FROM wallets WHERE user_id IN "
            + ours);
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> query : queries.entrySet()) {
        try (ResultSet rows = statement.executeQuery(query.getValue())) {
          rows.next();
          counts.put(query.getKey(), rows.getLong(1));
        }
      }
    }
    return counts;
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String withQuery(String path, String name, String value) {
    return path + "?" + name + "=" + encode(value);
  }

  private static String label(String text) {
    String printable = text.replace("\u0000", "\\0");
    return printable.length() > 30
        ? printable.substring(0, 30) + "… (" + text.length() + " chars)"
        : "'" + printable + "'";
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(utf8(text));
  }

  /** The token with its header swapped for {"alg":"none"} and its signature dropped. */
  private static String algNone(String token) {
    String payload = token.split("\\.")[1];
    return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\"}"))
        + "."
        + payload
        + ".";
  }
}
