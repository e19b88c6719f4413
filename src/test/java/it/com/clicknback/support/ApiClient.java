package it.com.clicknback.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.microshed.testing.ApplicationEnvironment;

/**
 * Talks HTTP to the Liberty server that the build started (MicroShed's manual environment gives its
 * address). Redirects are not followed, so tests see them.
 */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private ApiClient() {}

  /** The server root, e.g. {@code http://localhost:9080}, without a trailing slash. */
  public static String baseUrl() {
    return ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
  }

  /** A request builder for a path below the server root. */
  public static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
  }

  public static HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public static HttpResponse<String> send(String method, String path, String jsonBody) {
    HttpRequest.BodyPublisher body =
        jsonBody == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody);
    return send(request(path).header("Content-Type", "application/json").method(method, body));
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with a bearer token; {@code jsonBody} may be null. */
  public static HttpResponse<String> authorized(
      String token, String method, String path, String jsonBody) {
    HttpRequest.BodyPublisher body =
        jsonBody == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody);
    return send(
        request(path)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, body));
  }

  /** The response body as a JSON object. */
  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** The {@code error} object of an error envelope. */
  public static JsonObject error(HttpResponse<String> response) {
    return json(response).getJsonObject("error");
  }
}
