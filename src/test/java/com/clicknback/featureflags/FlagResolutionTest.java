package com.clicknback.featureflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagResolutionTest {

  /** A record's value as the CSV spells it: {@code -} means no record. */
  private static Optional<Boolean> record(String value) {
    return "-".equals(value) ? Optional.empty() : Optional.of(Boolean.parseBoolean(value));
  }

  @ParameterizedTest(name = "[{index}] user={0} merchant={1} global={2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # user | merchant | global | enabled
          -      | -        | -      | true
          -      | -        | true   | true
          -      | -        | false  | false
          -      | true     | -      | true
          -      | true     | true   | true
          -      | true     | false  | true
          -      | false    | -      | false
          -      | false    | true   | false
          -      | false    | false  | false
          true   | -        | -      | true
          true   | -        | true   | true
          true   | -        | false  | true
          true   | true     | -      | true
          true   | true     | true   | true
          true   | true     | false  | true
          true   | false    | -      | true
          true   | false    | true   | true
          true   | false    | false  | true
          false  | -        | -      | false
          false  | -        | true   | false
          false  | -        | false  | false
          false  | true     | -      | false
          false  | true     | true   | false
          false  | true     | false  | false
          false  | false    | -      | false
          false  | false    | true   | false
          false  | false    | false  | false
          """)
  void resolve_takesUserThenMerchantThenGlobalThenOn_onEveryCombination(
      String user, String merchant, String global, boolean expected) {
    // Arrange
    Optional<Boolean> userScoped = record(user);
    Optional<Boolean> merchantScoped = record(merchant);
    Optional<Boolean> globalScoped = record(global);

    // Act
    boolean enabled = FlagResolution.resolve(userScoped, merchantScoped, globalScoped);

    // Assert
    assertThat(enabled).isEqualTo(expected);
  }
}
