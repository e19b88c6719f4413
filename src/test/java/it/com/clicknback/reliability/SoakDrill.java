package it.com.clicknback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.reliability.LoadDriver.Outcome;
import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.MoneyInvariants;
import it.com.clicknback.support.ServerInstance;
import it.com.clicknback.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 part 5, a drill of make reliability: SOAK_SECONDS (600 by default) of bounded mixed
 * load on a packaged server over loopback: purchase ingestion, wallet, transaction, purchase and
 * offer reads, admin confirmations and reversals, payout requests and processing, logins. Passes
 * when no call errs, the server's resident memory shows no growth trend after warm-up, the pool
 * leaves no connection busy or in a transaction and holds no more than its maximum, and the money
 * invariants hold on the whole database.
 *
 * <p>The memory criteria. The server runs with a fixed, pre-touched heap (as a container's memory
 * limit would give it), so its resident memory is the heap plus everything native. VmRSS is sampled
 * every 10 s; the first fifth of the run (at least 60 s) is warm-up (class loading, JIT). Over the
 * rest, when it spans at least {@link #MIN_TREND_WINDOW}, the least-squares slope must stay under
 * {@link #MAX_RSS_SLOPE_MIB_PER_MINUTE} and the last sample must not exceed the first one after
 * warm-up by more than {@link #MAX_RSS_GROWTH}. The heap itself: the live heap after a full GC
 * (jcmd) at the end of warm-up and after the load must not grow by {@link
 * #MAX_LIVE_HEAP_GROWTH_MIB} MiB or more. A leak of a few hundred bytes per call (the soak makes
 * tens of thousands) fails one or the other.
 */
class SoakDrill {

  private static final Logger LOG = Logger.getLogger(SoakDrill.class.getName());
  private static final double MAX_RSS_SLOPE_MIB_PER_MINUTE = 2.0;
  private static final double MAX_RSS_GROWTH = 0.10;
  private static final String HEAP = "512m";
  private static final double MAX_LIVE_HEAP_GROWTH_MIB = 32;
  private static final Duration MIN_TREND_WINDOW = Duration.ofMinutes(4);
  private static final int POOL_MAX = 20; // liberty/config/server.xml maxPoolSize
  private static final int WORKERS = 4;
  private static final int USERS = 12;
  private static final Set<Integer> READ_OK = Set.of(200);

  private static ServerInstance server;

  @BeforeAll
  static void startServer() throws Exception {
    server =
        Drills.startServer(
            "drill-soak",
            Map.of(
                "PURCHASE_CONFIRMATION_INTERVAL_SECONDS",
                "2",
                // A fixed, pre-touched heap, as a container's memory limit gives one: resident
                // memory then measures everything else, and the live heap is checked on its own.
                "JVM_ARGS",
                "-Xms" + HEAP + " -Xmx" + HEAP + " -XX:+AlwaysPreTouch"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /** Connections of the application (datasource ApplicationName) by state. */
  record Connections(int total, int active, int idleInTransaction) {}

  private static Connections connections() throws Exception {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE state = 'active'),"
                    + " count(*) FILTER (WHERE state LIKE 'idle in transaction%')"
                    + " FROM pg_stat_activity WHERE application_name = 'clicknback'");
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return new Connections(rows.getInt(1), rows.getInt(2), rows.getInt(3));
    }
  }

  private static long rssKib(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  /**
   * The live heap in KiB: a full GC (jcmd GC.run), then the used heap (jcmd GC.heap_info), summed
   * over the heap's generations (the serial collector of jvm.options reports the young and the
   * tenured generation on lines of their own; G1 one line) and without metaspace and class space.
   */
  private static long liveHeapKib(long pid) throws Exception {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    Pattern used = Pattern.compile("used (\\d+)K");
    long kib = 0;
    boolean found = false;
    for (String line : info.split("\\R")) {
      String trimmed = line.trim();
      Matcher matcher = used.matcher(trimmed);
      if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space") || !matcher.find()) {
        continue;
      }
      kib += Long.parseLong(matcher.group(1));
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("no used heap in: " + info);
    }
    return kib;
  }

  private static String jcmd(long pid, String command) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  private static String field(Outcome outcome, String name) {
    try (JsonReader reader = Json.createReader(new StringReader(outcome.body()))) {
      return reader.readObject().getString(name);
    }
  }

  @Test
  void server_staysCorrectAndFlat_onTenMinutesOfMixedLoad() throws Exception {
    // Arrange
    Duration soak =
        Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("SOAK_SECONDS", "600")));
    Session admin = Accounts.newAdminSession();
    String shop = Drills.shop(admin, 8);
    List<Session> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      Session user = Accounts.newSession();
      if (i % 2 == 1) {
        Drills.autoConfirm(admin, "user", user.userId(), false); // the admins' purchases
      }
      users.add(user);
    }
    List<String> userIds = users.stream().map(Session::userId).toList();
    LoadDriver driver = new LoadDriver(server.baseUrl(), Duration.ofSeconds(10));
    Queue<String> toConfirm = new ConcurrentLinkedQueue<>();
    Queue<String> toReverse = new ConcurrentLinkedQueue<>();
    Queue<String> toProcess = new ConcurrentLinkedQueue<>();
    List<Outcome> errors = new ArrayList<>();
    LoadDriver.Step step =
        (worker, round) -> {
          Random random = new Random(worker * 1_000_003L + round);
          Session user = users.get(random.nextInt(USERS));
          String token = user.accessToken();
          int dice = random.nextInt(100);
          Outcome outcome;
          Set<Integer> ok = READ_OK;
          if (dice < 30) {
            String body =
                Drills.purchase(
                    Drills.externalId("soak"), user.userId(), shop, Drills.amount(random));
            outcome = driver.call("ingest", "POST", "/api/v1/purchases", token, body);
            ok = Set.of(201);
            if (outcome.status() == 201 && userIds.indexOf(user.userId()) % 2 == 1) {
              (random.nextInt(5) == 0 ? toReverse : toConfirm).add(field(outcome, "id"));
            }
          } else if (dice < 50) {
            outcome = driver.call("wallet", "GET", "/api/v1/users/me/wallet", token, null);
          } else if (dice < 62) {
            outcome =
                driver.call(
                    "transactions",
                    "GET",
                    "/api/v1/users/me/wallet/transactions?limit=20",
                    token,
                    null);
          } else if (dice < 72) {
            outcome =
                driver.call("purchases", "GET", "/api/v1/users/me/purchases?limit=20", token, null);
          } else if (dice < 80) {
            outcome = driver.call("offers", "GET", "/api/v1/offers/active", token, null);
          } else if (dice < 88 && !toConfirm.isEmpty()) {
            String id = toConfirm.poll();
            if (id == null) {
              return;
            }
            outcome =
                driver.call(
                    "confirm",
                    "POST",
                    "/api/v1/purchases/" + id + "/confirmation",
                    admin.accessToken(),
                    null);
          } else if (dice < 91 && !toReverse.isEmpty()) {
            String id = toReverse.poll();
            if (id == null) {
              return;
            }
            outcome =
                driver.call(
                    "reverse",
                    "PATCH",
                    "/api/v1/purchases/" + id + "/reverse",
                    admin.accessToken(),
                    null);
          } else if (dice < 95) {
            String amount = "0.%02d".formatted(50 + random.nextInt(50));
            outcome =
                driver.call(
                    "payout", "POST", "/api/v1/users/payouts", token, Drills.payout(amount));
            ok = Set.of(201, 409); // 409 INSUFFICIENT_BALANCE is an answer, not an error
            if (outcome.status() == 201) {
              toProcess.add(field(outcome, "id"));
            }
          } else if (dice < 98 && !toProcess.isEmpty()) {
            String id = toProcess.poll();
            if (id == null) {
              return;
            }
            outcome =
                driver.call(
                    "process payout",
                    "PATCH",
                    "/api/v1/admin/payouts/" + id + "/process",
                    admin.accessToken(),
                    "{\"status\":\"%s\"}".formatted(random.nextBoolean() ? "completed" : "failed"));
          } else {
            outcome =
                driver.call(
                    "login",
                    "POST",
                    "/api/v1/auth/login",
                    null,
                    "{\"email\":\"%s\",\"password\":\"%s\"}"
                        .formatted(user.email(), Accounts.PASSWORD));
          }
          if (!ok.contains(outcome.status())) {
            synchronized (errors) {
              errors.add(outcome);
            }
          }
        };
    long pid = server.pid();
    Connections before = connections();
    List<long[]> rss = new ArrayList<>(); // {seconds since start, KiB}

    // Act
    long start = System.nanoTime();
    LoadDriver.Loop load = new LoadDriver.Loop(WORKERS, Duration.ofMillis(15), step);
    long end = start + soak.toNanos();
    long warmUpEnd = start + Math.max(60, soak.toSeconds() / 5) * 1_000_000_000L;
    long heapAfterWarmUp = -1;
    while (System.nanoTime() < end) {
      rss.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, rssKib(pid)});
      if (heapAfterWarmUp < 0 && System.nanoTime() >= warmUpEnd) {
        heapAfterWarmUp = liveHeapKib(pid);
      }
      Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
    }
    List<Throwable> stepFailures = load.stop();
    rss.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, rssKib(pid)});
    long heapAtEnd = liveHeapKib(pid);
    if (heapAfterWarmUp < 0) {
      heapAfterWarmUp = heapAtEnd; // a run shorter than its warm-up
    }
    long stillPending =
        Drills.awaitNoPending(
            userIds.stream().filter(id -> userIds.indexOf(id) % 2 == 0).toList(),
            Duration.ofSeconds(60));
    Connections after = connections();
    long settle = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while ((after.active() > 0 || after.idleInTransaction() > 0) && System.nanoTime() < settle) {
      Thread.sleep(500);
      after = connections();
    }

    // Assert
    List<Outcome> calls = driver.outcomes();
    long warmUpSeconds = (warmUpEnd - start) / 1_000_000_000L;
    List<long[]> afterWarmUp = rss.stream().filter(sample -> sample[0] >= warmUpSeconds).toList();
    List<long[]> steady =
        afterWarmUp.size() >= 2 ? afterWarmUp : rss.subList(rss.size() - 2, rss.size());
    boolean trendJudged =
        steady.get(steady.size() - 1)[0] - steady.get(0)[0] >= MIN_TREND_WINDOW.toSeconds();
    double liveHeapGrowthMib = (heapAtEnd - heapAfterWarmUp) / 1024.0;
    long finalHeapAfterWarmUp = heapAfterWarmUp;
    double slope = slopeMibPerMinute(steady);
    double growth = (double) steady.get(steady.size() - 1)[1] / steady.get(0)[1] - 1;
    Connections finalBefore = before;
    Connections finalAfter = after;
    LOG.info(
        () ->
            ("soak: %d s, %d calls (%.1f/s), %d errors; p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " RSS %d -> %d MiB (steady from %d MiB, slope %.2f MiB/min, growth %.1f %%,"
                    + " trend %s); live heap after full GC %d -> %d MiB;"
                    + " connections before %s, after %s")
                .formatted(
                    soak.toSeconds(),
                    calls.size(),
                    calls.size() / (double) soak.toSeconds(),
                    errors.size(),
                    percentile(calls, 0.50),
                    percentile(calls, 0.99),
                    percentile(calls, 1.0),
                    rss.get(0)[1] / 1024,
                    rss.get(rss.size() - 1)[1] / 1024,
                    steady.get(0)[1] / 1024,
                    slope,
                    growth * 100,
                    trendJudged ? "judged" : "not judged: run too short",
                    finalHeapAfterWarmUp / 1024,
                    heapAtEnd / 1024,
                    finalBefore,
                    finalAfter));
    LOG.info(
        () -> "soak RSS samples (s, KiB): " + rss.stream().map(s -> s[0] + ":" + s[1]).toList());
    assertThat(stepFailures).isEmpty();
    assertThat(errors).as("calls that erred").isEmpty();
    if (trendJudged) {
      assertThat(slope)
          .as("RSS slope after warm-up, MiB/min")
          .isLessThan(MAX_RSS_SLOPE_MIB_PER_MINUTE);
      assertThat(growth).as("RSS growth after warm-up").isLessThan(MAX_RSS_GROWTH);
    }
    assertThat(liveHeapGrowthMib)
        .as("live heap growth after warm-up, MiB")
        .isLessThan(MAX_LIVE_HEAP_GROWTH_MIB);
    assertThat(after.active()).as("busy connections after the load").isZero();
    assertThat(after.idleInTransaction()).as("connections left in a transaction").isZero();
    assertThat(after.total()).as("pooled connections").isLessThanOrEqualTo(POOL_MAX);
    assertThat(stillPending).isZero();
    MoneyInvariants.assertHoldEverywhere();
  }

  /** Least-squares slope of KiB over seconds, in MiB per minute. */
  private static double slopeMibPerMinute(List<long[]> samples) {
    double n = samples.size();
    double meanX = samples.stream().mapToDouble(s -> s[0]).sum() / n;
    double meanY = samples.stream().mapToDouble(s -> s[1]).sum() / n;
    double num = 0;
    double den = 0;
    for (long[] s : samples) {
      num += (s[0] - meanX) * (s[1] - meanY);
      den += (s[0] - meanX) * (s[0] - meanX);
    }
    return den == 0 ? 0 : num / den * 60 / 1024;
  }

  private static double percentile(List<Outcome> calls, double p) {
    long[] latencies = calls.stream().mapToLong(Outcome::latencyNanos).sorted().toArray();
    if (latencies.length == 0) {
      return 0;
    }
    int index = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
    return Drills.millis(latencies[Math.max(0, index)]);
  }
}
