package it.com.clicknback.reliability;

import static it.com.clicknback.support.ApiClient.baseUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.com.clicknback.reliability.LoadDriver.Outcome;
import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.MoneyInvariants;
import it.com.clicknback.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Issue #11 part 1: PostgreSQL stops for 10 s while clients keep going. Readiness turns 503 within
 * 2 s; every request answers within the client timeout, either as it should or with the clean
 * 500/503 envelope; once the database is back readiness is 200 and requests succeed, without
 * restarting the server; purchases whose answer was lost are retried with the same external id and
 * exist once; the money invariants hold. Runs in make test against the test server and its
 * throwaway cluster.
 */
@MicroShedTest
class DatabaseOutageUnderLoadIT {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageUnderLoadIT.class.getName());
  private static final Duration OUTAGE = Duration.ofSeconds(10);
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration READY_WITHIN = Duration.ofSeconds(2);
  private static final Duration RECOVERY = Duration.ofSeconds(60);
  private static final int WORKERS = 6;

  @BeforeEach
  void requireThrowawayClusterAndReadyServer() {
    assumeTrue(TestDatabase.isThrowawayCluster(), "needs the throwaway cluster of make test");
    assertThat(Drills.awaitReadiness(code -> code == 200, RECOVERY, Duration.ofMillis(250)))
        .isEqualTo(200);
  }

  @AfterEach
  void restoreDatabase() throws Exception {
    TestDatabase.dbScript("up");
    Drills.awaitReadiness(code -> code == 200, RECOVERY, Duration.ofMillis(250));
  }

  @Test
  void requests_failFastThenRecoverWithExactMoney_onDatabaseStoppedUnderLoad() throws Exception {
    // Arrange
    Session admin = Accounts.newAdminSession();
    String shop = Drills.shop(admin, 10);
    List<Session> users = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      users.add(Accounts.newSession());
    }
    List<String> userIds = users.stream().map(Session::userId).toList();
    LoadDriver driver = new LoadDriver(baseUrl(), CLIENT_TIMEOUT);
    Map<String, String> purchases = new ConcurrentHashMap<>(); // external id -> body
    Map<String, Integer> firstAnswer = new ConcurrentHashMap<>();
    LoadDriver.Step step =
        (worker, round) -> {
          Session user = users.get(worker);
          switch ((int) (round % 3)) {
            case 0 -> {
              String id = Drills.externalId("outage");
              String body =
                  Drills.purchase(
                      id, user.userId(), shop, Drills.amount(new Random(round * 31 + worker)));
              purchases.put(id, body);
              Outcome outcome =
                  driver.call("ingest", "POST", "/api/v1/purchases", user.accessToken(), body);
              firstAnswer.put(id, outcome.status());
            }
            case 1 ->
                driver.call("wallet", "GET", "/api/v1/users/me/wallet", user.accessToken(), null);
            default ->
                driver.call(
                    "my purchases", "GET", "/api/v1/users/me/purchases", user.accessToken(), null);
          }
        };

    // Act
    LoadDriver.Loop load = new LoadDriver.Loop(WORKERS, Duration.ofMillis(50), step);
    Thread.sleep(3_000);
    TestDatabase.dbScript("down");
    long stopped = System.nanoTime();
    int whileDown =
        Drills.awaitReadiness(code -> code == 503, READY_WITHIN, Duration.ofMillis(100));
    long notReadyAfter = System.nanoTime() - stopped;
    Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(notReadyAfter).toMillis()));
    TestDatabase.dbScript("up");
    long restarted = System.nanoTime();
    int afterRestart = Drills.awaitReadiness(code -> code == 200, RECOVERY, Duration.ofMillis(100));
    long ready = System.nanoTime();
    Thread.sleep(5_000);
    List<Throwable> stepFailures = load.stop();
    long loadEnded = System.nanoTime();
    List<Outcome> retries = new ArrayList<>();
    for (Map.Entry<String, Integer> answer : firstAnswer.entrySet()) {
      if (answer.getValue() != 201) {
        Session owner =
            users.stream()
                .filter(u -> purchases.get(answer.getKey()).contains(u.userId()))
                .findFirst()
                .orElseThrow();
        retries.add(
            driver.call(
                "retry",
                "POST",
                "/api/v1/purchases",
                owner.accessToken(),
                purchases.get(answer.getKey())));
      }
    }
    long stillPending = Drills.awaitNoPending(userIds, RECOVERY);

    // Assert
    List<Outcome> all = driver.startedBetween(0, loadEnded);
    List<Outcome> duringOutage = driver.startedBetween(stopped, restarted);
    List<Outcome> afterReady = driver.startedBetween(ready, loadEnded);
    List<Outcome> failed = LoadDriver.matching(all, o -> !o.succeeded());
    LOG.info(
        () ->
            ("outage drill: %d calls, %d during the outage, %d failed, %d retried; readiness 503"
                    + " after %.0f ms, 200 %.0f ms after restart; slowest failure %s ms")
                .formatted(
                    all.size(),
                    duringOutage.size(),
                    failed.size(),
                    retries.size(),
                    Drills.millis(notReadyAfter),
                    Drills.millis(ready - restarted),
                    failed.stream().mapToLong(Outcome::latencyNanos).max().orElse(0) / 1_000_000));
    assertThat(stepFailures).isEmpty();
    assertThat(whileDown).isEqualTo(503);
    assertThat(Duration.ofNanos(notReadyAfter)).isLessThan(READY_WITHIN);
    assertThat(afterRestart).isEqualTo(200);
    assertThat(LoadDriver.matching(duringOutage, o -> !o.succeeded())).isNotEmpty();
    assertThat(failed)
        .allSatisfy(
            o -> {
              assertThat(o.status()).as(o.toString()).isIn(500, 503);
              assertThat(o.isCleanErrorEnvelope()).as(o.toString()).isTrue();
              assertThat(o.latency()).as(o.toString()).isLessThan(CLIENT_TIMEOUT);
            });
    assertThat(afterReady)
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.succeeded()).as(o.toString()).isTrue());
    assertThat(retries).allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(201, 409));
    assertThat(
            Drills.count(
                "SELECT count(*) FROM purchases WHERE external_id = ANY (?::text[])",
                Drills.array(purchases.keySet())))
        .isEqualTo(purchases.size());
    assertThat(stillPending).isZero();
    MoneyInvariants.assertHold(userIds);
  }
}
