package com.clicknback.shared.persistence;

import com.clicknback.shared.errors.Causes;
import java.sql.SQLException;

/**
 * Recognises a unique-constraint race lost at insert time (SQLState 23505) by constraint name, so
 * the loser gets the same 409 as a sequential duplicate (spec 99 D9), never a 500.
 */
public final class UniqueViolations {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  /** True when the failure chain holds a unique violation of the named constraint or index. */
  public static boolean isViolationOf(Throwable failure, String constraintName) {
    return Causes.any(
        failure,
        t ->
            t instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && sql.getMessage() != null
                && sql.getMessage().contains("\"" + constraintName + "\""));
  }
}
