package com.clicknback.shared.persistence;

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
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().contains("\"" + constraintName + "\"")) {
        return true;
      }
    }
    return false;
  }
}
