package com.clicknback.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidFormatValidatorTest {

  private final UuidFormatValidator validator = new UuidFormatValidator();

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "f0000000-0000-0000-0000-000000000001",
        "F0000000-0000-0000-0000-00000000000A",
        "f0000000000000000000000000000001",
        "{f0000000-0000-0000-0000-000000000001}"
      })
  void isValid_isTrue_onNullOrUuidSpelling(String id) {
    // Act
    boolean valid = validator.isValid(id, null);

    // Assert
    assertThat(valid).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-uuid", "1-1-1-1-1", "f0000000-0000-0000-0000-00000000000g"})
  void isValid_isFalse_onOtherText(String id) {
    // Act
    boolean valid = validator.isValid(id, null);

    // Assert
    assertThat(valid).isFalse();
  }

  @Test
  void message_isTheSpecReason_byDefault() throws NoSuchMethodException {
    // Act
    Object message = UuidFormat.class.getMethod("message").getDefaultValue();

    // Assert
    assertThat(message).isEqualTo("Input should be a valid UUID");
  }
}
