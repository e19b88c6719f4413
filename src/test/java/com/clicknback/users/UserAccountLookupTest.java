package com.clicknback.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class UserAccountLookupTest {

  private static final UUID USER_ID = UUID.fromString("a0000000-0000-4000-8000-000000000001");

  @Mock DataSource dataSource;
  @Mock Connection connection;
  @Mock PreparedStatement select;
  @Mock ResultSet row;

  private final UserAccountLookup lookup = new UserAccountLookup();

  @BeforeEach
  void wireLookup() {
    lookup.dataSource = dataSource;
  }

  private void givenQueryAnswers() throws SQLException {
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.prepareStatement(UserAccountLookup.SELECT_ACCOUNT)).thenReturn(select);
    when(select.executeQuery()).thenReturn(row);
  }

  @Test
  void findAccount_returnsStoredRoleAndStatus_onExistingUser() throws SQLException {
    // Arrange
    givenQueryAnswers();
    when(row.next()).thenReturn(true);
    when(row.getString(1)).thenReturn("admin");
    when(row.getBoolean(2)).thenReturn(false);

    // Act
    Optional<Account> account = lookup.findAccount(USER_ID);

    // Assert
    assertThat(account).contains(new Account(USER_ID, Role.ADMIN, false));
    verify(select).setObject(1, USER_ID);
    verify(connection).close();
  }

  @Test
  void findAccount_returnsEmpty_onUnknownUser() throws SQLException {
    // Arrange
    givenQueryAnswers();
    when(row.next()).thenReturn(false);

    // Act
    Optional<Account> account = lookup.findAccount(USER_ID);

    // Assert
    assertThat(account).isEmpty();
    verify(connection).close();
  }

  @Test
  void findAccount_throwsWithoutSqlInMessage_onDatabaseFailure() throws SQLException {
    // Arrange
    when(dataSource.getConnection())
        .thenThrow(new SQLException("FATAL: SELECT secret FROM users", "08006"));

    // Act
    Throwable failure = catchThrowable(() -> lookup.findAccount(USER_ID));

    // Assert
    assertThat(failure)
        .isInstanceOf(UserAccountLookup.AccountReadException.class)
        .hasMessageNotContaining("SELECT")
        .hasCauseInstanceOf(SQLException.class);
  }
}
