package com.clicknback.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class FailFastSessionCustomizerTest {

  @Test
  void customize_turnsOffQueryRetries_onDatabaseLogin() {
    // Arrange
    DatabaseLogin login = new DatabaseLogin();
    Session session = mock(Session.class);
    when(session.getDatasourceLogin()).thenReturn(login);

    // Act
    new FailFastSessionCustomizer().customize(session);

    // Assert
    assertThat(login.isConnectionHealthValidatedOnError()).isFalse();
    assertThat(login.getQueryRetryAttemptCount()).isZero();
    assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
  }
}
