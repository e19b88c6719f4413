package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.error;
import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.com.clicknback.support.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Readiness follows the database without an application restart: DOWN quickly when it stops or
 * hangs, UP again once it is back. Runs against the throwaway cluster of make test.
 */
@MicroShedTest
class DatabaseOutageIT {

  private static final Duration FAST = Duration.ofSeconds(2);
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  @BeforeEach
  void requireThrowawayClusterAndReadyServer() {
    assumeTrue(TestDatabase.isThrowawayCluster(), "needs the throwaway cluster of make test");
    assertThat(awaitReadiness(code -> code == 200, RECOVERY)).isEqualTo(200);
  }

  @AfterEach
  void restoreDatabase() throws Exception {
    signalCluster("CONT");
    TestDatabase.dbScript("up");
    awaitReadiness(code -> code == 200, RECOVERY);
  }

  @Test
  void ready_turns503AndBack_onDatabaseStopAndRestart() throws Exception {
    // Arrange
    TestDatabase.dbScript("down");

    // Act
    long start = System.nanoTime();
    int whileStopped = get("/health/ready").statusCode();
    Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
    TestDatabase.dbScript("up");
    int afterRestart = awaitReadiness(code -> code == 200, RECOVERY);

    // Assert
    assertThat(whileStopped).isEqualTo(503);
    assertThat(answeredIn).isLessThan(FAST);
    assertThat(afterRestart).isEqualTo(200);
  }

  @Test
  void apiCall_returns500EnvelopeWithRequestIdAndNoInternals_onDatabaseDown() throws Exception {
    // Arrange
    TestDatabase.dbScript("down");

    // Act
    HttpResponse<String> response =
        send(
            request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .header("X-Request-ID", "outage-check-1")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"someone@example.com\",\"password\":\"x\"}")));

    // Assert
    assertThat(response.statusCode()).isEqualTo(500);
    JsonObject error = error(response);
    assertThat(error.getString("code")).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(error.getString("message"))
        .isEqualTo("An unexpected error occurred. Our team has been notified. Please retry later.");
    assertThat(error.getJsonObject("details").getString("request_id")).isEqualTo("outage-check-1");
    assertThat(error.getJsonObject("details").getString("timestamp"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("SQL");
  }

  @Test
  void ready_turns503AndBack_onHungDatabase() throws Exception {
    // Arrange
    signalCluster("STOP");

    // Act
    long start = System.nanoTime();
    int whileHung = get("/health/ready").statusCode();
    Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
    signalCluster("CONT");
    int afterResume = awaitReadiness(code -> code == 200, RECOVERY);

    // Assert
    assertThat(whileHung).isEqualTo(503);
    assertThat(answeredIn).isLessThan(FAST);
    assertThat(afterResume).isEqualTo(200);
  }

  /** Freezes or thaws every process of the throwaway cluster (postmaster and backends). */
  private static void signalCluster(String signal) throws IOException, InterruptedException {
    long postmaster;
    try {
      postmaster = TestDatabase.postmasterPid();
    } catch (IOException | RuntimeException e) {
      return; // not running: nothing to signal
    }
    List<String> command =
        new ArrayList<>(List.of("kill", "-" + signal, Long.toString(postmaster)));
    ProcessHandle.of(postmaster)
        .ifPresent(p -> p.descendants().forEach(d -> command.add(Long.toString(d.pid()))));
    new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  private static int awaitReadiness(IntPredicate done, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    int code = get("/health/ready").statusCode();
    while (!done.test(code) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      code = get("/health/ready").statusCode();
    }
    return code;
  }
}
