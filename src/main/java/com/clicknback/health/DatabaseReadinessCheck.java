package com.clicknback.health;

import com.clicknback.shared.logging.AppLoggers;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers within {@value #TIMEOUT_SECONDS} s and its schema includes the
 * newest migration this build knows. A stopped or hung database turns it DOWN quickly (the pool and
 * driver time out in 2-3 s), and it comes back UP on its own once the database does. Logs only
 * changes of state, not every probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final int TIMEOUT_SECONDS = 1;
  static final long DEADLINE_MILLIS = 1500;
  private static final Logger LOG = AppLoggers.get(DatabaseReadinessCheck.class);
  private static final String APPLIED =
      "SELECT 1 FROM databasechangelog WHERE id = ? AND author = 'clicknback'";

  @Resource(lookup = "jdbc/clicknback")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  private final String expectedChangeset = SchemaVersion.expectedLatestChangeset();
  private final AtomicReference<String> lastProblem = new AtomicReference<>("");

  @Override
  public HealthCheckResponse call() {
    String problem = problemWithinDeadline();
    String previous = lastProblem.getAndSet(problem);
    if (!problem.equals(previous)) {
      if (problem.isEmpty()) {
        LOG.info("Database is reachable and migrated; ready");
      } else {
        LOG.warning(() -> "Not ready: " + problem);
      }
    }
    return HealthCheckResponse.named("database")
        .status(problem.isEmpty())
        .withData("schema", expectedChangeset)
        .withData("problem", problem.isEmpty() ? "none" : problem)
        .build();
  }

  private String problemWithinDeadline() {
    Future<String> probe = executor.submit(this::problem);
    try {
      return probe.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      probe.cancel(true);
      return "database did not answer within " + DEADLINE_MILLIS + " ms";
    } catch (ExecutionException e) {
      return "database check failed (" + e.getCause().getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "database check interrupted";
    }
  }

  /** Empty when ready; otherwise a short description without internals. */
  private String problem() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setNetworkTimeout(Runnable::run, TIMEOUT_SECONDS * 1000);
      try (PreparedStatement statement = connection.prepareStatement(APPLIED)) {
        statement.setQueryTimeout(TIMEOUT_SECONDS);
        statement.setString(1, expectedChangeset);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? "" : "schema not migrated to " + expectedChangeset;
        }
      }
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) {
        return "schema not migrated (no databasechangelog table)";
      }
      return "database unreachable (SQLState " + e.getSQLState() + ")";
    }
  }
}
