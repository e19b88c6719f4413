package com.clicknback.featureflags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureFlagKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "purchase_auto_confirm",
        "a",
        "a1",
        "a_",
        "a__b_9",
        "x0123456789abcdefghijklmnopqrstuvwxyz_"
      })
  void isValid_isTrue_onLowerSnakeCaseStartingWithLetter(String key) {
    // Act
    boolean valid = FeatureFlagKey.isValid(key);

    // Assert
    assertThat(valid).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1abc", "_abc", "Abc", "abC", "a-b", "a b", "a.b", "ä", "abc\n", " abc", "abc "
      })
  void isValid_isFalse_onOtherShapes(String key) {
    // Act
    boolean valid = FeatureFlagKey.isValid(key);

    // Assert
    assertThat(valid).isFalse();
  }

  @Test
  void isValid_acceptsUpTo100Characters_onLongKeys() {
    // Arrange
    String longest = "k" + "_".repeat(99);
    String tooLong = longest + "x";

    // Act
    boolean longestValid = FeatureFlagKey.isValid(longest);
    boolean tooLongValid = FeatureFlagKey.isValid(tooLong);

    // Assert
    assertThat(longest).hasSize(100);
    assertThat(longestValid).isTrue();
    assertThat(tooLongValid).isFalse();
  }

  @Test
  void isValid_isFalse_onNull() {
    // Act
    boolean valid = FeatureFlagKey.isValid(null);

    // Assert
    assertThat(valid).isFalse();
  }

  @Test
  void requireValid_returnsKey_onValidKey() {
    // Act
    String key = FeatureFlagKey.requireValid("purchase_auto_confirm");

    // Assert
    assertThat(key).isEqualTo("purchase_auto_confirm");
  }

  @Test
  void requireValid_throws422WithKeyDetails_onInvalidKey() {
    // Act
    ApiException failure =
        catchThrowableOfType(ApiException.class, () -> FeatureFlagKey.requireValid("Bad-Key"));

    // Assert
    assertThat(failure).isNotNull();
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(failure.errorCode().status()).isEqualTo(422);
    assertThat(failure.getMessage()).isEqualTo("Invalid feature flag key.");
    assertThat(failure.details()).isEqualTo(Map.of("key", "Bad-Key"));
  }
}
