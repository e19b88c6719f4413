package com.clicknback.users;

import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.AccountLookup;
import com.clicknback.shared.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The auth guard's read of a user's role and status, made before every authenticated request (spec
 * 11 NF-AUTH-2). It is the hottest query of the service, so it skips what a JPA read in a
 * transaction costs: one statement on an autocommit connection (one round trip instead of BEGIN,
 * SELECT and COMMIT), two columns, no entity and no transaction manager.
 *
 * <p>The connection is unshareable so that closing it hands it straight back to the pool; a
 * shareable one stays parked with the request until it ends, and the request's own transaction
 * would then hold a second connection. Callers inside a transaction that must see the row as the
 * transaction does use {@link UserService#findAccount} instead.
 */
@ApplicationScoped
public class UserAccountLookup implements AccountLookup {

  static final String SELECT_ACCOUNT = "SELECT role, active FROM users WHERE id = ?";

  @Resource(lookup = "jdbc/clicknback", shareable = false)
  DataSource dataSource;

  @Override
  public Optional<Account> findAccount(UUID userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(SELECT_ACCOUNT)) {
      select.setObject(1, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Account(userId, Role.fromValue(row.getString(1)), row.getBoolean(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new AccountReadException(e);
    }
  }

  /** The database could not be read; answered as any unexpected failure (500, logged once). */
  static final class AccountReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountReadException(SQLException cause) {
      super("Account read failed", cause);
    }
  }
}
