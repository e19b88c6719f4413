package it.com.clicknback.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The load of the reliability drills: HTTP calls to one server (loopback only) with a per-request
 * timeout, each recorded as an {@link Outcome} (status, start, latency, a bounded body excerpt),
 * and loops of bounded worker threads that keep calling until stopped.
 */
final class LoadDriver {

  /** Status of a call that got no response within the client timeout. */
  static final int TIMED_OUT = -2;

  /** Status of a call that got no response at all (connection refused or reset). */
  static final int NO_RESPONSE = -1;

  private static final int BODY_EXCERPT = 400;

  /** One call: what, when (System.nanoTime), how long, and what came back. */
  record Outcome(String label, int status, long startNanos, long latencyNanos, String body) {

    boolean succeeded() {
      return status >= 200 && status < 300;
    }

    Duration latency() {
      return Duration.ofNanos(latencyNanos);
    }

    /** The standard error envelope (spec 00 §3) with nothing internal in it. */
    boolean isCleanErrorEnvelope() {
      if (body == null || body.contains("Exception") || body.contains("SQL")) {
        return false;
      }
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonObject error = reader.readObject().getJsonObject("error");
        return error != null
            && error.containsKey("code")
            && error.containsKey("message")
            && error.containsKey("details");
      } catch (RuntimeException e) {
        return false;
      }
    }

    @Override
    public String toString() {
      return "%s -> %d in %d ms: %s".formatted(label, status, latencyNanos / 1_000_000, body);
    }
  }

  /** What a worker does, over and over; {@code worker} is its index, {@code round} its count. */
  interface Step {
    void run(int worker, long round) throws Exception;
  }

  private final String baseUrl;
  private final Duration timeout;
  private final HttpClient http;
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

  LoadDriver(String baseUrl, Duration timeout) {
    if (!baseUrl.startsWith("http://127.0.0.1:") && !baseUrl.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("drills send traffic to loopback only: " + baseUrl);
    }
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  String baseUrl() {
    return baseUrl;
  }

  /**
   * One call, recorded; {@code token} and {@code jsonBody} may be null. Never throws. The returned
   * outcome has the whole body; {@link #outcomes()} keeps an excerpt of each.
   */
  Outcome call(String label, String method, String path, String token, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    long start = System.nanoTime();
    Outcome outcome;
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      outcome =
          new Outcome(
              label, response.statusCode(), start, System.nanoTime() - start, response.body());
    } catch (HttpTimeoutException e) {
      outcome = new Outcome(label, TIMED_OUT, start, System.nanoTime() - start, e.toString());
    } catch (IOException e) {
      outcome = new Outcome(label, NO_RESPONSE, start, System.nanoTime() - start, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new Outcome(label, NO_RESPONSE, start, System.nanoTime() - start, "interrupted");
    }
    outcomes.add(excerpt(outcome));
    return outcome;
  }

  /** Every call so far, each with its body cut to an excerpt. */
  List<Outcome> outcomes() {
    return new ArrayList<>(outcomes);
  }

  private static Outcome excerpt(Outcome o) {
    String body = o.body();
    return body != null && body.length() > BODY_EXCERPT
        ? new Outcome(
            o.label(),
            o.status(),
            o.startNanos(),
            o.latencyNanos(),
            body.substring(0, BODY_EXCERPT))
        : o;
  }

  /** Forgets the calls recorded so far (set-up calls, say). */
  void forget() {
    outcomes.clear();
  }

  /** Calls started in [from, to) (System.nanoTime values). */
  List<Outcome> startedBetween(long from, long to) {
    return outcomes().stream().filter(o -> o.startNanos() >= from && o.startNanos() < to).toList();
  }

  static List<Outcome> matching(List<Outcome> outcomes, Predicate<Outcome> test) {
    return outcomes.stream().filter(test).toList();
  }

  /** Outcomes whose status is not one of {@code expected}: the errors of a run. */
  static List<Outcome> unexpected(List<Outcome> outcomes, Set<Integer> expected) {
    return outcomes.stream().filter(o -> !expected.contains(o.status())).toList();
  }

  /** Workers running a step in a loop, with a pause after each round, until stopped. */
  static final class Loop {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    Loop(int workers, Duration pause, Step step) {
      for (int w = 0; w < workers; w++) {
        int worker = w;
        Thread thread =
            new Thread(
                () -> {
                  long round = 0;
                  while (!stop.get()) {
                    try {
                      step.run(worker, round++);
                      Thread.sleep(pause.toMillis());
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    } catch (Exception | AssertionError e) {
                      failures.add(e);
                    }
                  }
                },
                "drill-worker-" + w);
        thread.setDaemon(true);
        threads.add(thread);
      }
      threads.forEach(Thread::start);
    }

    /** Stops the workers after their current round; the failures of the steps themselves. */
    List<Throwable> stop() throws InterruptedException {
      stop.set(true);
      for (Thread thread : threads) {
        thread.join(Duration.ofSeconds(60).toMillis());
      }
      return List.copyOf(failures);
    }
  }
}
