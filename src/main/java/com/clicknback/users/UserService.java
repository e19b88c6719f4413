package com.clicknback.users;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.logging.AppLoggers;
import com.clicknback.shared.persistence.UniqueViolations;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.PasswordHasher;
import com.clicknback.shared.validation.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Registration, credential checks and account look-ups. */
@ApplicationScoped
public class UserService {

  static final String UNIQUE_EMAIL = "uq_users_email";
  private static final Logger SECURITY = AppLoggers.get("com.clicknback.security");

  @Inject UserRepository users;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;

  /** Registers an active user with role user (spec 01 §2). */
  @Transactional
  public User register(RegisterUserRequest request) {
    String email = EmailAddress.normalize(request.email());
    PasswordPolicy.firstViolation(request.password())
        .ifPresent(
            reason -> {
              throw new ApiException(
                  ErrorCode.PASSWORD_NOT_COMPLEX_ENOUGH,
                  "Password does not meet complexity requirements.",
                  Map.of("violations", List.of(new Violation("password", reason))));
            });
    if (users.findByEmail(email).isPresent()) {
      throw emailTaken(email);
    }
    User user =
        User.register(
            email,
            passwords.hash(request.password()),
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    try {
      users.insert(user);
    } catch (PersistenceException e) {
      if (UniqueViolations.isViolationOf(e, UNIQUE_EMAIL)) {
        throw emailTaken(email); // lost a registration race (99 D9)
      }
      throw e;
    }
    return user;
  }

  /**
   * The user with these credentials. Unknown email and wrong password fail alike, in about the same
   * time; an inactive user is refused (99 S3). Failures are logged as security events.
   */
  @Transactional
  public User authenticate(String rawEmail, String password) {
    String email = EmailAddress.normalize(rawEmail);
    Optional<User> found = users.findByEmail(email);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      SECURITY.warning(() -> "Login failed: no account for email " + email);
      throw invalidCredentials();
    }
    User user = found.get();
    if (!passwords.verify(password, user.hashedPassword())) {
      SECURITY.warning(() -> "Login failed: wrong password for user_id " + user.id());
      throw invalidCredentials();
    }
    if (!user.active()) {
      SECURITY.warning(() -> "Login refused: inactive user_id " + user.id());
      throw inactive(user.id());
    }
    return user;
  }

  /** The user, for a caller the guard has already authenticated. */
  @Transactional
  public User get(UUID id) {
    return users
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("Authenticated user no longer exists"));
  }

  /**
   * The account as the current transaction sees it (token refresh). The auth guard reads through
   * {@link UserAccountLookup}, outside any transaction.
   */
  @Transactional
  public Optional<Account> findAccount(UUID userId) {
    return users.findById(userId).map(User::account);
  }

  /** 401 {@code USER_INACTIVE} for a deactivated account. */
  public static ApiException inactive(UUID userId) {
    return new ApiException(
        ErrorCode.USER_INACTIVE, "User account is inactive.", Map.of("user_id", userId.toString()));
  }

  private static ApiException invalidCredentials() {
    return new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid email or password.");
  }

  private static ApiException emailTaken(String email) {
    return new ApiException(
        ErrorCode.EMAIL_ALREADY_REGISTERED,
        "Email '" + email + "' is already registered.",
        Map.of("email", email));
  }
}
