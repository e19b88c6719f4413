package com.clicknback.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.security.PasswordHasher;
import com.clicknback.shared.security.Role;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class UserServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T21:56:30.690601789Z");
  private static final String EMAIL = "New.User@example.com";
  private static final String PASSWORD = "Str0ng!Pass";
  private static final String STORED_HASH = "PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==";

  @Mock UserRepository repository;
  @Mock PasswordHasher passwords;

  private final UserService service = new UserService();

  @BeforeEach
  void wireService() {
    service.users = repository;
    service.passwords = passwords;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static ApiException apiFailure(Runnable action) {
    ApiException failure = catchThrowableOfType(ApiException.class, action::run);
    assertThat(failure).as("an ApiException should have been thrown").isNotNull();
    return failure;
  }

  private static User existingUser(String email, boolean active) {
    User user = User.register(email, STORED_HASH, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
    if (active) {
      return user;
    }
    // No API deactivates a user (only the database can), so spy one into that state.
    User inactive = spy(user);
    lenient().doReturn(false).when(inactive).active();
    return inactive;
  }

  @Test
  void register_storesActiveUserWithHashAndClockTime_onValidRequest() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.empty());
    when(passwords.hash(PASSWORD)).thenReturn(STORED_HASH);

    // Act
    User registered = service.register(new RegisterUserRequest(EMAIL, PASSWORD));

    // Assert
    ArgumentCaptor<User> inserted = ArgumentCaptor.forClass(User.class);
    verify(repository).insert(inserted.capture());
    assertThat(inserted.getValue()).isSameAs(registered);
    assertThat(registered.id()).isNotNull();
    assertThat(registered.email()).isEqualTo(EMAIL);
    assertThat(registered.hashedPassword()).isEqualTo(STORED_HASH).isNotEqualTo(PASSWORD);
    assertThat(registered.role()).isEqualTo(Role.USER);
    assertThat(registered.active()).isTrue();
    assertThat(registered.createdAt())
        .isEqualTo(OffsetDateTime.parse("2026-11-24T21:56:30.690601Z"));
  }

  @Test
  void register_looksUpAndStoresNormalisedEmail_onUnnormalisedEmail() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.empty());
    when(passwords.hash(PASSWORD)).thenReturn(STORED_HASH);

    // Act
    User registered =
        service.register(new RegisterUserRequest("  New.User@Example.COM ", PASSWORD));

    // Assert
    verify(repository).findByEmail(EMAIL);
    assertThat(registered.email()).isEqualTo(EMAIL);
  }

  @Test
  void register_refusesWeakPasswordBeforeLookingUpEmail_onPasswordWithoutDigit() {
    // Arrange
    RegisterUserRequest request = new RegisterUserRequest(EMAIL, "Strong!Pass");

    // Act
    ApiException failure = apiFailure(() -> service.register(request));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.PASSWORD_NOT_COMPLEX_ENOUGH);
    assertThat(failure.getMessage()).isEqualTo("Password does not meet complexity requirements.");
    assertThat(failure.details())
        .isEqualTo(
            Map.of(
                "violations",
                List.of(new Violation("password", "Password must contain at least one digit."))));
    verifyNoInteractions(repository, passwords);
  }

  @Test
  void register_refusesWithEmailAlreadyRegistered_onExistingEmail() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.of(existingUser(EMAIL, true)));

    // Act
    ApiException failure =
        apiFailure(() -> service.register(new RegisterUserRequest(EMAIL, PASSWORD)));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.EMAIL_ALREADY_REGISTERED);
    assertThat(failure.errorCode().status()).isEqualTo(409);
    assertThat(failure.getMessage())
        .isEqualTo("Email 'New.User@example.com' is already registered.");
    assertThat(failure.details()).isEqualTo(Map.of("email", EMAIL));
    verify(repository, never()).insert(any());
  }

  @Test
  void register_refusesWithEmailAlreadyRegistered_onUniqueViolationRaceAtInsert() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.empty());
    when(passwords.hash(PASSWORD)).thenReturn(STORED_HASH);
    SQLException duplicate =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"uq_users_email\"", "23505");
    doThrow(new PersistenceException("flush failed", new RuntimeException(duplicate)))
        .when(repository)
        .insert(any());

    // Act
    ApiException failure =
        apiFailure(() -> service.register(new RegisterUserRequest(EMAIL, PASSWORD)));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.EMAIL_ALREADY_REGISTERED);
    assertThat(failure.getMessage())
        .isEqualTo("Email 'New.User@example.com' is already registered.");
    assertThat(failure.details()).isEqualTo(Map.of("email", EMAIL));
  }

  @Test
  void register_rethrows_onOtherPersistenceFailureAtInsert() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.empty());
    when(passwords.hash(PASSWORD)).thenReturn(STORED_HASH);
    PersistenceException otherFailure =
        new PersistenceException(
            "flush failed", new SQLException("ERROR: value too long for column", "22001"));
    doThrow(otherFailure).when(repository).insert(any());

    // Act & Assert
    assertThatThrownBy(() -> service.register(new RegisterUserRequest(EMAIL, PASSWORD)))
        .isSameAs(otherFailure);
  }

  @Test
  void authenticate_returnsUser_onRightPassword() {
    // Arrange
    User user = existingUser(EMAIL, true);
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.of(user));
    when(passwords.verify(PASSWORD, STORED_HASH)).thenReturn(true);

    // Act
    User authenticated = service.authenticate("New.User@EXAMPLE.com", PASSWORD);

    // Assert
    assertThat(authenticated).isSameAs(user);
  }

  @Test
  void authenticate_refusesWithInvalidCredentialsAfterDecoyCheck_onUnknownEmail() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.empty());

    // Act
    ApiException failure = apiFailure(() -> service.authenticate(EMAIL, PASSWORD));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(failure.getMessage()).isEqualTo("Invalid email or password.");
    assertThat(failure.details()).isEmpty();
    verify(passwords).verifyDecoy(PASSWORD);
  }

  @Test
  void authenticate_refusesExactlyLikeUnknownEmail_onWrongPassword() {
    // Arrange
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.of(existingUser(EMAIL, true)));
    when(passwords.verify("Wr0ng!Pass", STORED_HASH)).thenReturn(false);
    when(repository.findByEmail("nobody@example.com")).thenReturn(Optional.empty());
    ApiException unknownEmail = apiFailure(() -> service.authenticate("nobody@example.com", "x"));

    // Act
    ApiException wrongPassword = apiFailure(() -> service.authenticate(EMAIL, "Wr0ng!Pass"));

    // Assert
    assertThat(wrongPassword.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(wrongPassword.getMessage()).isEqualTo(unknownEmail.getMessage());
    assertThat(wrongPassword.details()).isEqualTo(unknownEmail.details());
  }

  @Test
  void authenticate_refusesWithUserInactive_onInactiveUserWithRightPassword() {
    // Arrange
    User user = existingUser(EMAIL, false);
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.of(user));
    when(passwords.verify(PASSWORD, STORED_HASH)).thenReturn(true);

    // Act
    ApiException failure = apiFailure(() -> service.authenticate(EMAIL, PASSWORD));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.USER_INACTIVE);
    assertThat(failure.getMessage()).isEqualTo("User account is inactive.");
    assertThat(failure.details()).isEqualTo(Map.of("user_id", user.id().toString()));
  }

  @Test
  void authenticate_refusesWithInvalidCredentials_onInactiveUserWithWrongPassword() {
    // Arrange: a wrong password must not reveal that the account is inactive
    User user = existingUser(EMAIL, false);
    when(repository.findByEmail(EMAIL)).thenReturn(Optional.of(user));
    when(passwords.verify(anyString(), anyString())).thenReturn(false);

    // Act
    ApiException failure = apiFailure(() -> service.authenticate(EMAIL, "Wr0ng!Pass"));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
  }
}
