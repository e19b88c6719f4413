package it.com.clicknback.reliability;

import static it.com.clicknback.support.ApiClient.authorized;
import static it.com.clicknback.support.ApiClient.baseUrl;
import static it.com.clicknback.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.reliability.LoadDriver.Outcome;
import it.com.clicknback.support.Accounts;
import it.com.clicknback.support.Accounts.Session;
import it.com.clicknback.support.MoneyInvariants;
import it.com.clicknback.support.Parallel;
import it.com.clicknback.support.ServerInstance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Issue #11 part 3: two server instances share one database. The second is a packaged instance of
 * scripts/server.sh on SECOND_HTTP_PORT (make test sets it), running its own verification job.
 * Every write is raced across both servers: the same purchase ingested on both, admins confirming
 * and reversing on both while both jobs run, payouts requested and processed on both. Each cent
 * moves once: the loser of every race gets the documented 4xx, and the money invariants hold.
 */
@MicroShedTest
class TwoServersIT {

  private static final Logger LOG = Logger.getLogger(TwoServersIT.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int USERS_PER_KIND = 4;
  private static final int PURCHASES_PER_USER = 8;

  private static ServerInstance second;
  private static LoadDriver a;
  private static LoadDriver b;

  @BeforeAll
  static void startSecondServer() throws Exception {
    int firstPort = URI.create(baseUrl()).getPort();
    int firstHttps = ServerInstance.port("HTTPS_PORT", 9443);
    second =
        new ServerInstance(
            "it-second",
            ServerInstance.port("SECOND_HTTP_PORT", firstPort + 10),
            ServerInstance.port("SECOND_HTTPS_PORT", firstHttps + 10),
            Map.of());
    second.start();
    a = new LoadDriver(baseUrl().replace("localhost", "127.0.0.1"), TIMEOUT);
    b = new LoadDriver(second.baseUrl(), TIMEOUT);
  }

  @AfterAll
  static void stopSecondServer() throws Exception {
    if (second != null) {
      second.destroy();
    }
  }

  private static List<Outcome> atOnce(List<Callable<Outcome>> calls) throws Exception {
    return Parallel.run(calls);
  }

  private static long count(List<Outcome> outcomes, int status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  private static JsonObject body(Outcome outcome) {
    return Json.createReader(new StringReader(outcome.body())).readObject();
  }

  @Test
  void jobsAndAdmins_moveEachCentOnce_onTwoServersSharingTheDatabase() throws Exception {
    // Arrange
    Session admin = Accounts.newAdminSession();
    String shop = Drills.shop(admin, 10);
    List<Session> auto = new ArrayList<>();
    List<Session> manual = new ArrayList<>();
    for (int i = 0; i < USERS_PER_KIND; i++) {
      auto.add(Accounts.newSession());
      Session user = Accounts.newSession();
      Drills.autoConfirm(admin, "user", user.userId(), false);
      manual.add(user);
    }
    List<String> userIds = new ArrayList<>();
    auto.forEach(u -> userIds.add(u.userId()));
    manual.forEach(u -> userIds.add(u.userId()));
    Random random = new Random(11);
    String token = admin.accessToken();

    // Act 1: every purchase is sent to both servers at once
    List<List<Outcome>> ingestions = new ArrayList<>();
    List<String> autoPurchases = new ArrayList<>();
    List<String> manualPurchases = new ArrayList<>();
    for (int n = 0; n < PURCHASES_PER_USER; n++) {
      for (Session user : List.of(auto, manual).stream().flatMap(List::stream).toList()) {
        String purchase =
            Drills.purchase(Drills.externalId("two"), user.userId(), shop, Drills.amount(random));
        List<Outcome> pair =
            atOnce(
                List.of(
                    () ->
                        a.call(
                            "ingest A", "POST", "/api/v1/purchases", user.accessToken(), purchase),
                    () ->
                        b.call(
                            "ingest B",
                            "POST",
                            "/api/v1/purchases",
                            user.accessToken(),
                            purchase)));
        ingestions.add(pair);
        pair.stream()
            .filter(o -> o.status() == 201)
            .findFirst()
            .ifPresent(
                o ->
                    (auto.contains(user) ? autoPurchases : manualPurchases)
                        .add(body(o).getString("id")));
      }
    }

    // Act 2: admins race each other on both servers, and both jobs, purchase by purchase
    List<List<Outcome>> confirmRaces = new ArrayList<>();
    List<List<Outcome>> reverseRaces = new ArrayList<>();
    List<List<Outcome>> mixedRaces = new ArrayList<>();
    for (int i = 0; i < manualPurchases.size(); i++) {
      String confirm = "/api/v1/purchases/" + manualPurchases.get(i) + "/confirmation";
      String reverse = "/api/v1/purchases/" + manualPurchases.get(i) + "/reverse";
      switch (i % 3) {
        case 0 ->
            confirmRaces.add(
                atOnce(
                    List.of(
                        () -> a.call("confirm A", "POST", confirm, token, null),
                        () -> b.call("confirm B", "POST", confirm, token, null))));
        case 1 ->
            reverseRaces.add(
                atOnce(
                    List.of(
                        () -> a.call("reverse A", "PATCH", reverse, token, null),
                        () -> b.call("reverse B", "PATCH", reverse, token, null))));
        default ->
            mixedRaces.add(
                atOnce(
                    List.of(
                        () -> a.call("confirm A", "POST", confirm, token, null),
                        () -> b.call("reverse B", "PATCH", reverse, token, null))));
      }
    }
    List<List<Outcome>> jobRaces = new ArrayList<>();
    for (String id : autoPurchases) {
      String confirm = "/api/v1/purchases/" + id + "/confirmation";
      jobRaces.add(
          atOnce(
              List.of(
                  () -> a.call("confirm A", "POST", confirm, token, null),
                  () -> b.call("confirm B", "POST", confirm, token, null))));
    }
    long stillPending = Drills.awaitNoPending(userIds, Duration.ofSeconds(60));

    // Act 3: each auto user asks both servers for six quarter-balance payouts at once; then two
    // admins process each payout on both servers at once, one completing and one failing it
    List<List<Outcome>> payoutRaces = new ArrayList<>();
    List<List<Outcome>> processRaces = new ArrayList<>();
    for (Session user : auto) {
      BigDecimal available =
          new BigDecimal(
              json(authorized(user.accessToken(), "GET", "/api/v1/users/me/wallet", null))
                  .getString("available_balance"));
      String quarter =
          available.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN).toPlainString();
      List<Callable<Outcome>> requests = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        LoadDriver server = i % 2 == 0 ? a : b;
        requests.add(
            () ->
                server.call(
                    "payout",
                    "POST",
                    "/api/v1/users/payouts",
                    user.accessToken(),
                    Drills.payout(quarter)));
      }
      List<Outcome> requested = atOnce(requests);
      payoutRaces.add(requested);
      for (Outcome created : requested) {
        if (created.status() == 201) {
          String process = "/api/v1/admin/payouts/" + body(created).getString("id") + "/process";
          processRaces.add(
              atOnce(
                  List.of(
                      () ->
                          a.call(
                              "complete A", "PATCH", process, token, "{\"status\":\"completed\"}"),
                      () -> b.call("fail B", "PATCH", process, token, "{\"status\":\"failed\"}"))));
        }
      }
    }

    // Assert
    String secondLog = Files.readString(second.messagesLog());
    LOG.info(
        () ->
            ("two servers: %d ingestion pairs, %d admin races, %d job races, %d payout races,"
                    + " %d process races; second server's job ticks with work: %d")
                .formatted(
                    ingestions.size(),
                    confirmRaces.size() + reverseRaces.size() + mixedRaces.size(),
                    jobRaces.size(),
                    payoutRaces.size(),
                    processRaces.size(),
                    secondLog.split("dispatcher tick", -1).length - 1));
    assertThat(ingestions)
        .allSatisfy(
            pair -> {
              assertThat(count(pair, 201)).as(pair.toString()).isEqualTo(1);
              assertThat(count(pair, 409)).as(pair.toString()).isEqualTo(1);
            });
    assertThat(confirmRaces)
        .allSatisfy(
            pair -> {
              assertThat(count(pair, 200)).as(pair.toString()).isEqualTo(1);
              assertThat(count(pair, 400)).as(pair.toString()).isEqualTo(1);
            });
    assertThat(reverseRaces)
        .allSatisfy(
            pair -> {
              assertThat(count(pair, 200)).as(pair.toString()).isEqualTo(1);
              assertThat(count(pair, 400)).as(pair.toString()).isEqualTo(1);
            });
    assertThat(mixedRaces)
        .allSatisfy(
            pair -> {
              assertThat(pair.get(0).status()).as(pair.toString()).isIn(200, 400);
              assertThat(pair.get(1).status()).as(pair.toString()).isEqualTo(200);
            });
    assertThat(jobRaces)
        .allSatisfy(
            pair -> {
              assertThat(count(pair, 200)).as(pair.toString()).isLessThanOrEqualTo(1);
              assertThat(count(pair, 200) + count(pair, 400)).as(pair.toString()).isEqualTo(2);
            });
    assertThat(stillPending).isZero();
    assertThat(payoutRaces)
        .allSatisfy(
            race -> {
              assertThat(count(race, 201)).as(race.toString()).isEqualTo(4);
              assertThat(count(race, 409)).as(race.toString()).isEqualTo(2);
            });
    assertThat(processRaces)
        .allSatisfy(
            pair -> {
              assertThat(count(pair, 200)).as(pair.toString()).isEqualTo(1);
              assertThat(count(pair, 400)).as(pair.toString()).isEqualTo(1);
            });
    MoneyInvariants.assertHold(userIds);
  }
}
