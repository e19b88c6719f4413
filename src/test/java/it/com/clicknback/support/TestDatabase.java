package it.com.clicknback.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL the server under test uses, named by the same DB_* variables (make test sets
 * them), and control over the throwaway cluster that scripts/db.sh runs for it.
 */
public final class TestDatabase {

  private static final Map<String, String> DEFAULTS =
      Map.of(
          "DB_HOST", "localhost",
          "DB_PORT", "55432",
          "DB_NAME", "clicknback",
          "DB_USER", "clicknback",
          "DB_PASSWORD", "clicknback",
          "DB_INSTANCE", "dev");

  private TestDatabase() {}

  public static String setting(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? DEFAULTS.get(name) : value;
  }

  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://%s:%s/%s".formatted(setting("DB_HOST"), setting("DB_PORT"), database);
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(database), setting("DB_USER"), setting("DB_PASSWORD"));
  }

  /** The project root (failsafe runs in it). */
  public static Path projectRoot() {
    return Path.of("").toAbsolutePath();
  }

  /** True when the database is a throwaway cluster this build controls through scripts/db.sh. */
  public static boolean isThrowawayCluster() {
    return Files.isDirectory(
        projectRoot().resolve(".local/postgres").resolve(setting("DB_INSTANCE")).resolve("data"));
  }

  /** The postmaster's process id, from the cluster's postmaster.pid. */
  public static long postmasterPid() throws IOException {
    Path pidFile =
        projectRoot()
            .resolve(".local/postgres")
            .resolve(setting("DB_INSTANCE"))
            .resolve("data/postmaster.pid");
    return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
  }

  /** Runs {@code scripts/db.sh <command>} for the test instance and fails if it fails. */
  public static void dbScript(String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of(projectRoot().resolve("scripts/db.sh").toString(), command))
            .directory(projectRoot().toFile())
            .inheritIO()
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("scripts/db.sh " + command + " exited with " + exit);
    }
  }
}
