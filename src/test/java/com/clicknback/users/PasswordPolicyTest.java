package com.clicknback.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final String TOO_SHORT = "Password must be at least 8 characters long.";
  private static final String NO_UPPER = "Password must contain at least one uppercase letter.";
  private static final String NO_LOWER = "Password must contain at least one lowercase letter.";
  private static final String NO_DIGIT = "Password must contain at least one digit.";
  private static final String NO_SPECIAL = "Password must contain at least one special character.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Str0ng!Pass",
        "Abcdef1!", // exactly 8 characters
        "Pass word1", // a space is a special character
        "Passwörd1", // a non-ASCII letter is a special character
        "Aa1\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00" // 8 code points, emoji
      })
  void firstViolation_isEmpty_onPasswordMeetingEveryRule(String password) {
    // Arrange (the password)

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ab1!xyz    | Password must be at least 8 characters long.
          ''         | Password must be at least 8 characters long.
          abcdefg1!  | Password must contain at least one uppercase letter.
          ABCDEFG1!  | Password must contain at least one lowercase letter.
          Abcdefgh!  | Password must contain at least one digit.
          Abcdefg1   | Password must contain at least one special character.
          """)
  void firstViolation_reportsTheBrokenRule_onPasswordBreakingOneRule(
      String password, String expectedReason) {
    // Arrange (the password)

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(expectedReason);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          abc       | Password must be at least 8 characters long.
          abcdefgh  | Password must contain at least one uppercase letter.
          ABCDEFGH  | Password must contain at least one lowercase letter.
          Abcdefgh  | Password must contain at least one digit.
          """)
  void firstViolation_reportsOnlyTheEarliestRule_onPasswordBreakingSeveralRules(
      String password, String expectedReason) {
    // Arrange (the password)

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(expectedReason);
  }

  @Test
  void firstViolation_reportsLengthRule_onSevenCharactersSpreadOverElevenUtf16Units() {
    // Arrange: "Aa1" plus four emoji, each a surrogate pair: 7 characters, 11 UTF-16 units
    String password = "Aa1\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(TOO_SHORT);
  }

  @Test
  void firstViolation_reportsUppercaseRule_onNonAsciiUppercaseOnly() {
    // Arrange: É is upper-case, but not in [A-Z]
    String password = "Ébcdefg1!";

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(NO_UPPER);
  }

  @Test
  void firstViolation_reportsLowercaseRule_onNonAsciiLowercaseOnly() {
    // Arrange: é is lower-case, but not in [a-z]
    String password = "ABCDéFG1!";

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(NO_LOWER);
  }

  @Test
  void firstViolation_reportsDigitRule_onFullWidthDigitOnly() {
    // Arrange: U+FF11 FULLWIDTH DIGIT ONE is a digit, but not in [0-9]
    String password = "Abcdefg\uFF11!";

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(NO_DIGIT);
  }

  @Test
  void firstViolation_reportsSpecialRule_onLongAlphanumericPassword() {
    // Arrange
    String password = "Abcdefghijklmnopqrstuvwxyz0123456789";

    // Act
    Optional<String> violation = PasswordPolicy.firstViolation(password);

    // Assert
    assertThat(violation).contains(NO_SPECIAL);
  }
}
