package it.com.clicknback;

import static org.assertj.core.api.Assertions.assertThat;

import it.com.clicknback.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The changelogs on a scratch database of their own: they create the whole schema, every changeset
 * rolls back, and the constraints that protect money hold.
 */
class MigrationsIT {

  private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  private static final List<String> TABLES =
      List.of(
          "audit_logs",
          "cashback_transactions",
          "feature_flags",
          "merchants",
          "offers",
          "payouts",
          "purchases",
          "refresh_tokens",
          "users",
          "wallets");

  private String scratch;

  @BeforeEach
  void createScratchDatabase() throws SQLException {
    scratch = "clicknback_migrations_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + scratch);
    }
  }

  @AfterEach
  void dropScratchDatabase() throws SQLException {
    try (Connection connection = TestDatabase.connect(TestDatabase.setting("DB_NAME"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
    }
  }

  @Test
  void changelogs_createEveryTable_onEmptyDatabase() throws Exception {
    // Act
    liquibase(UpdateCommandStep.COMMAND_NAME, null);

    // Assert
    assertThat(tables()).containsAll(TABLES);
  }

  @Test
  void changelogs_rollBackCompletelyAndReapply_always() throws Exception {
    // Arrange
    liquibase(UpdateCommandStep.COMMAND_NAME, null);
    int changesets = appliedChangesets();

    // Act
    liquibase(RollbackCountCommandStep.COMMAND_NAME, changesets);
    List<String> afterRollback = tables();
    liquibase(UpdateCommandStep.COMMAND_NAME, null);

    // Assert
    assertThat(afterRollback).doesNotContainAnyElementsOf(TABLES);
    assertThat(tables()).containsAll(TABLES);
    assertThat(appliedChangesets()).isEqualTo(changesets);
  }

  @Test
  void schema_refusesNegativeBalanceAndSecondActiveOffer_always() throws Exception {
    // Arrange
    liquibase(UpdateCommandStep.COMMAND_NAME, null);
    UUID user = UUID.randomUUID();
    UUID merchant = UUID.randomUUID();
    execute(
        "INSERT INTO users (id, email, hashed_password) VALUES ('%s', 'a@example.com', 'x')"
            .formatted(user));
    execute(
        ("INSERT INTO merchants (id, name, default_cashback_percentage)"
                + " VALUES ('%s', 'Shop', 5)")
            .formatted(merchant));
    String offer =
        "INSERT INTO offers (id, merchant_id, percentage, start_date, end_date,"
            + " monthly_cap_per_user) VALUES ('%s', '%s', 5, DATE '2026-01-01', DATE '2026-12-31',"
            + " 50)";
    execute(offer.formatted(UUID.randomUUID(), merchant));

    // Act & Assert
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                execute(
                    ("INSERT INTO wallets (user_id, pending_balance, available_balance,"
                            + " paid_balance) VALUES ('%s', 0, -0.01, 0)")
                        .formatted(user)))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_wallets");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> execute(offer.formatted(UUID.randomUUID(), merchant)))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("uq_offers_one_active_per_merchant");
  }

  private void liquibase(String[] command, Integer count) throws Exception {
    try (Connection connection = TestDatabase.connect(scratch)) {
      liquibase.database.Database database =
          liquibase.database.DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(
                  new liquibase.database.jvm.JdbcConnection(connection));
      CommandScope scope =
          new CommandScope(command)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG);
      if (count != null) {
        scope.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count);
      }
      scope.execute();
    }
  }

  private List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = TestDatabase.connect(scratch);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private int appliedChangesets() throws SQLException {
    try (Connection connection = TestDatabase.connect(scratch);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM databasechangelog")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = TestDatabase.connect(scratch);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
