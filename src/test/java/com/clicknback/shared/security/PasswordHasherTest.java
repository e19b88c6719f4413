package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final int FAST_ITERATIONS = 1000;
  private static final String PASSWORD = "Str0ng!Pass";

  private final PasswordHasher hasher = new PasswordHasher(FAST_ITERATIONS);

  @Test
  void hash_usesThePbkdf2StringFormat_onPassword() {
    // Act
    String stored = hasher.hash(PASSWORD);

    // Assert
    String[] parts = stored.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("1000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(stored).doesNotContain(PASSWORD);
  }

  @Test
  void hash_recordsTheDefaultIterations_onDefaultHasher() {
    // Arrange
    PasswordHasher defaultHasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    // Act
    String stored = defaultHasher.hash(PASSWORD);

    // Assert
    assertThat(stored).startsWith("PBKDF2WithHmacSHA256:210000:");
    assertThat(defaultHasher.verify(PASSWORD, stored)).isTrue();
  }

  @Test
  void hash_isSalted_onSamePasswordTwice() {
    // Act
    String first = hasher.hash(PASSWORD);
    String second = hasher.hash(PASSWORD);

    // Assert
    assertThat(first).isNotEqualTo(second);
    assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
  }

  @Test
  void verify_isTrue_onMatchingPassword() {
    // Arrange
    String stored = hasher.hash(PASSWORD);

    // Act
    boolean matches = hasher.verify(PASSWORD, stored);

    // Assert
    assertThat(matches).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"str0ng!Pass", "Str0ng!Pass ", "Str0ng!Pas", "", "wrong"})
  void verify_isFalse_onDifferentPassword(String attempt) {
    // Arrange
    String stored = hasher.hash(PASSWORD);

    // Act
    boolean matches = hasher.verify(attempt, stored);

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void verify_readsParametersFromTheString_onHashMadeWithOtherIterations() {
    // Arrange
    String stored = new PasswordHasher(1234).hash(PASSWORD);

    // Act
    boolean matches = hasher.verify(PASSWORD, stored);

    // Assert
    assertThat(stored).contains(":1234:");
    assertThat(matches).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "garbage",
        "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==",
        "bcrypt:1000:c2FsdA==:aGFzaA==",
        "$2b$12$XA7sNuNkVQdhGdbW0bHv.OeNnC4RfBSx74dc6sxIA2ETLtIUtKLxO",
        "PBKDF2WithHmacSHA256:1000:c2FsdA==",
        "PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==:extra",
        "PBKDF2WithHmacSHA256:1000:not base64!:aGFzaA==",
        "PBKDF2WithHmacSHA256:1000:c2FsdA==:not base64!",
        "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==",
        "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA==",
        "PBKDF2WithHmacSHA256:-5:c2FsdA==:aGFzaA==",
        "PBKDF2WithHmacSHA256:1000::aGFzaA==",
        "PBKDF2WithHmacSHA256:1000:c2FsdA==:",
        "PBKDF2WithHmacSHA256::c2FsdA==:aGFzaA=="
      })
  void verify_isFalse_onMalformedStoredHash(String stored) {
    // Act
    boolean matches = hasher.verify(PASSWORD, stored);

    // Assert
    assertThat(matches).isFalse();
  }

  @Test
  void verify_isFalse_onWrongAlgorithmNameWithValidParameters() {
    // Arrange
    String stored =
        hasher.hash(PASSWORD).replaceFirst("^PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA1");

    // Act
    boolean matches = hasher.verify(PASSWORD, stored);

    // Assert
    assertThat(matches).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {PASSWORD, "", "decoy password for unknown accounts", "ü€🙂"})
  void verifyDecoy_neverThrows_onAnyPassword(String password) {
    // Act & Assert
    assertThatCode(() -> hasher.verifyDecoy(password)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void constructor_refuses_onIterationsBelowOne(int iterations) {
    // Act & Assert
    assertThatThrownBy(() -> new PasswordHasher(iterations))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
