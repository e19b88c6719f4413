package it.com.clicknback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.reliability.LoadDriver.Outcome;
import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.MoneyInvariants;
import it.com.clicknback.support.ServerInstance;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 part 2, a drill of make reliability (scripts/reliability.sh; not part of make test): a
 * packaged server is killed with {@code kill -9} while its verification job is in the middle of a
 * batch and while clients are ingesting purchases, then restarted. Clients retry every purchase
 * whose answer they lost with the same external id. Afterwards every purchase exists once and was
 * processed exactly once (one outcome, one audit row, its cashback moved once), and the money
 * invariants hold on the whole database.
 */
class CrashDrill {

  private static final Logger LOG = Logger.getLogger(CrashDrill.class.getName());
  private static final int USERS = 8;
  private static final int BACKLOG_PER_USER = 100;
  private static final int STREAM_PER_USER = 60;
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  private static final String REJECTION_MERCHANT = "f0000000-0000-0000-0000-0000000000d1";
  private static final Queue<String> PROBLEMS = new ConcurrentLinkedQueue<>();

  private static ServerInstance server;

  @BeforeAll
  static void startServer() throws Exception {
    server =
        Drills.startServer(
            "drill-crash",
            Map.of(
                "PURCHASE_CONFIRMATION_INTERVAL_SECONDS", "1",
                "PURCHASE_MAX_VERIFICATION_ATTEMPTS", "3",
                "REJECTION_MERCHANT_ID", REJECTION_MERCHANT));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyPurchase_processedExactlyOnce_onKillMinus9MidBatchAndMidIngestion() throws Exception {
    // Arrange: a backlog the job has not touched (auto-confirm off for both shops)
    Session admin = Accounts.newAdminSession();
    String shop = Drills.shop(admin, 10);
    String rejectionShop = Drills.rejectionShop(admin, REJECTION_MERCHANT, 7);
    Drills.autoConfirm(admin, "merchant", shop, false);
    Drills.autoConfirm(admin, "merchant", rejectionShop, false);
    List<Session> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(Accounts.newSession());
    }
    List<String> userIds = users.stream().map(Session::userId).toList();
    LoadDriver driver = new LoadDriver(server.baseUrl(), CLIENT_TIMEOUT);
    Map<String, String> backlog = new ConcurrentHashMap<>();
    Map<String, String> stream = new ConcurrentHashMap<>();
    Map<String, Session> owners = new ConcurrentHashMap<>();
    Random random = new Random(2);
    for (Session user : users) {
      for (int i = 0; i < BACKLOG_PER_USER + STREAM_PER_USER; i++) {
        String id = Drills.externalId("crash");
        String merchant = i % 10 == 0 ? rejectionShop : shop;
        String body = Drills.purchase(id, user.userId(), merchant, Drills.amount(random));
        (i < BACKLOG_PER_USER ? backlog : stream).put(id, body);
        owners.put(id, user);
      }
    }
    ingestAll(driver, backlog, owners, Duration.ofMinutes(2), new AtomicInteger());
    assertThat(processed(userIds)).isZero();

    // Act: the job starts on the backlog, ingestion streams in, and the server dies under both
    Drills.autoConfirm(admin, "merchant", shop, true);
    Drills.autoConfirm(admin, "merchant", rejectionShop, true);
    awaitProcessed(userIds, 40);
    AtomicInteger lostAnswers = new AtomicInteger();
    CountDownLatch streaming = new CountDownLatch(1);
    Thread ingestion =
        new Thread(
            () -> {
              streaming.countDown();
              ingestAll(driver, stream, owners, PATIENCE, lostAnswers);
            });
    ingestion.start();
    streaming.await();
    awaitIngested(stream.keySet(), 30);
    server.kill();
    long processedAtKill = processed(userIds);
    long ingestedAtKill = ingested(stream.keySet());
    long restartStarted = System.nanoTime();
    server.start();
    Duration restart = Duration.ofNanos(System.nanoTime() - restartStarted);
    ingestion.join(PATIENCE.toMillis());
    long stillPending = Drills.awaitNoPending(userIds, PATIENCE);

    // Assert
    int total = backlog.size() + stream.size();
    List<String> everyId = new ArrayList<>(backlog.keySet());
    everyId.addAll(stream.keySet());
    long rejections = total / 10;
    long unanswered =
        LoadDriver.matching(driver.outcomes(), o -> o.status() < 0 || o.status() >= 500).size();
    LOG.info(
        () ->
            ("crash drill: %d purchases (%d backlog, %d streamed); at kill -9 the job had"
                    + " processed %d and %d of the stream were stored; %d calls went unanswered"
                    + " and were retried, %d of them had been stored (409 on retry); restart took"
                    + " %d s")
                .formatted(
                    total,
                    backlog.size(),
                    stream.size(),
                    processedAtKill,
                    ingestedAtKill,
                    unanswered,
                    lostAnswers.get(),
                    restart.toSeconds()));
    assertThat(processedAtKill).as("job mid-batch at the kill").isBetween(1L, total - 1L);
    assertThat(ingestedAtKill)
        .as("ingestion mid-stream at the kill")
        .isBetween(1L, stream.size() - 1L);
    assertThat(ingestion.isAlive()).isFalse();
    assertThat(PROBLEMS).isEmpty();
    assertThat(stillPending).isZero();
    assertThat(
            Drills.count(
                "SELECT count(*) FROM purchases WHERE external_id = ANY (?::text[])",
                Drills.array(everyId)))
        .isEqualTo(total);
    assertThat(
            Drills.count(
                "SELECT count(*) FROM purchases WHERE status = 'rejected' AND user_id = ANY"
                    + " (?::uuid[])",
                Drills.array(userIds)))
        .isEqualTo(rejections);
    assertThat(
            Drills.count(
                "SELECT count(*) FROM purchases WHERE status = 'confirmed' AND user_id = ANY"
                    + " (?::uuid[])",
                Drills.array(userIds)))
        .isEqualTo(total - rejections);
    MoneyInvariants.assertHoldEverywhere();
  }

  /**
   * Ingests every purchase with 8 clients; a call that gets no answer (or a 5xx) is retried with
   * the same body until it gets 201 or 409 DUPLICATE_PURCHASE, which the spec makes safe.
   */
  private static void ingestAll(
      LoadDriver driver,
      Map<String, String> purchases,
      Map<String, Session> owners,
      Duration limit,
      AtomicInteger lostAnswers) {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    long deadline = System.nanoTime() + limit.toNanos();
    for (Map.Entry<String, String> purchase : purchases.entrySet()) {
      clients.execute(
          () -> {
            boolean retried = false;
            while (System.nanoTime() < deadline) {
              Outcome outcome =
                  driver.call(
                      "ingest",
                      "POST",
                      "/api/v1/purchases",
                      owners.get(purchase.getKey()).accessToken(),
                      purchase.getValue());
              if (outcome.status() == 201 || outcome.status() == 409) {
                if (retried && outcome.status() == 409) {
                  lostAnswers.incrementAndGet();
                }
                if (!isOurs(outcome)) {
                  PROBLEMS.add(purchase.getKey() + ": " + outcome);
                }
                return;
              }
              retried = true;
              try {
                Thread.sleep(250);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
            PROBLEMS.add(purchase.getKey() + ": no 201 or 409 in time");
          });
    }
    clients.shutdown();
    try {
      clients.awaitTermination(limit.toMillis() + 10_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A 201, or the 409 DUPLICATE_PURCHASE of a purchase stored before its answer was lost. */
  private static boolean isOurs(Outcome outcome) {
    if (outcome.status() == 201) {
      return true;
    }
    try (JsonReader reader = Json.createReader(new StringReader(outcome.body()))) {
      return "DUPLICATE_PURCHASE"
          .equals(reader.readObject().getJsonObject("error").getString("code"));
    }
  }

  private static long processed(List<String> userIds) throws Exception {
    return Drills.count(
        "SELECT count(*) FROM purchases WHERE (status <> 'pending' OR verification_attempts > 0)"
            + " AND user_id = ANY (?::uuid[])",
        Drills.array(userIds));
  }

  private static long ingested(Set<String> externalIds) throws Exception {
    return Drills.count(
        "SELECT count(*) FROM purchases WHERE external_id = ANY (?::text[])",
        Drills.array(externalIds));
  }

  private static void awaitProcessed(List<String> userIds, long atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (processed(userIds) < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private static void awaitIngested(Set<String> externalIds, long atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (ingested(externalIds) < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
