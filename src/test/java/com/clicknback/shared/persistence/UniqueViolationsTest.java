package com.clicknback.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniqueViolationsTest {

  private static SQLException uniqueViolation(String constraint) {
    return new SQLException(
        "ERROR: duplicate key value violates unique constraint \""
            + constraint
            + "\"\n  Detail: Key (email)=(a@b.com) already exists.",
        "23505");
  }

  @Test
  void isViolationOf_isTrue_onUniqueViolationItself() {
    // Arrange
    SQLException failure = uniqueViolation("uq_users_email");

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isTrue();
  }

  @Test
  void isViolationOf_isTrue_onUniqueViolationDeepInCauseChain() {
    // Arrange
    RuntimeException failure =
        new IllegalStateException(
            "persistence failed",
            new RuntimeException("flush failed", uniqueViolation("uq_users_email")));

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isTrue();
  }

  @Test
  void isViolationOf_isFalse_onOtherConstraintName() {
    // Arrange
    RuntimeException failure =
        new RuntimeException("flush failed", uniqueViolation("uq_merchants_name"));

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void isViolationOf_isFalse_onConstraintNameThatOnlyStartsTheSame() {
    // Arrange: the name must match in quotes, not as a prefix
    SQLException failure = uniqueViolation("uq_users_email_lower");

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23503", "23514", "40001", "08006"})
  void isViolationOf_isFalse_onOtherSqlState(String sqlState) {
    // Arrange
    SQLException failure =
        new SQLException("ERROR: something about constraint \"uq_users_email\"", sqlState);

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void isViolationOf_isFalse_onUniqueViolationWithoutMessage() {
    // Arrange
    SQLException failure = new SQLException(null, "23505");

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void isViolationOf_isFalse_onChainWithoutSqlException() {
    // Arrange
    RuntimeException failure =
        new RuntimeException("duplicate key \"uq_users_email\"", new IllegalStateException());

    // Act
    boolean matches = UniqueViolations.isViolationOf(failure, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void isViolationOf_isFalse_onNullFailure() {
    // Act
    boolean matches = UniqueViolations.isViolationOf(null, "uq_users_email");

    // Assert
    assertThat(matches).isFalse();
  }
}
