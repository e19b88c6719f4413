package com.clicknback.purchases.verification;

import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.UnexpectedErrors;
import com.clicknback.shared.logging.AppLoggers;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The background verification of pending purchases (spec 10 §2–§5): a dispatcher runs at start-up
 * and then {@code PURCHASE_CONFIRMATION_INTERVAL_SECONDS} after each run ends (fixed delay). Each
 * tick hands every due pending purchase (up to {@link #BATCH}) to the workers ({@link
 * PurchaseVerificationWorker}), at most {@link #MAX_IN_FLIGHT} at once; a purchase already in
 * flight is not handed out twice. Attempts are kept in the database, so retries survive restarts. A
 * failing tick or worker is logged and the schedule goes on. At shutdown the schedule is cancelled
 * and no new work starts.
 */
@ApplicationScoped
public class PurchaseVerificationJob {

  static final int MAX_IN_FLIGHT = 4;
  static final int BATCH = 200;
  private static final Logger LOG = AppLoggers.get(PurchaseVerificationJob.class);

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService workers;
  @Inject PurchaseVerificationWorker worker;
  @Inject Settings settings;
  @Inject Clock clock;

  private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
  private final Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
  private volatile boolean stopping;
  private ScheduledFuture<?> schedule;

  /** Starts the schedule once the application is up. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    int interval = settings.purchaseConfirmationIntervalSeconds();
    schedule = scheduler.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.SECONDS);
    LOG.info(() -> "verify_purchases scheduled every " + interval + " s");
  }

  /** One dispatcher run; never throws, so the schedule is never cancelled by a failure. */
  void tick() {
    try {
      if (stopping) {
        return;
      }
      LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
      List<UUID> due = worker.dueIds(now, BATCH);
      if (due.isEmpty()) {
        return;
      }
      LOG.info(
          () ->
              "dispatcher tick pending_count=%d in_flight_count=%d"
                  .formatted(due.size(), inFlight.size()));
      for (UUID purchaseId : due) {
        if (stopping) {
          break;
        }
        slots.acquire(); // at most MAX_IN_FLIGHT attempts at once; the tick waits for a slot
        if (inFlight.add(purchaseId)) {
          dispatch(purchaseId, now);
        } else {
          slots.release();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.severe(
          () ->
              "verify_purchases tick failed; the schedule goes on " + UnexpectedErrors.describe(e));
    }
  }

  private void dispatch(UUID purchaseId, LocalDateTime now) {
    try {
      workers.execute(
          () -> {
            try {
              worker.verify(purchaseId, now);
            } catch (RuntimeException e) {
              LOG.severe(
                  () ->
                      "verify_purchase_" + purchaseId + " failed " + UnexpectedErrors.describe(e));
            } finally {
              inFlight.remove(purchaseId);
              slots.release();
            }
          });
    } catch (RuntimeException e) {
      inFlight.remove(purchaseId);
      slots.release();
      throw e;
    }
  }

  /** Purchases being verified right now (for tests and logs). */
  int inFlightCount() {
    return inFlight.size();
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (schedule != null) {
      schedule.cancel(false);
    }
    LOG.info(() -> "verify_purchases stopped; " + inFlight.size() + " attempt(s) still running");
  }
}
