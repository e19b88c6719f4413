package com.clicknback.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void utc_writesMicrosecondsAndZ_onUtcValueWithFraction() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.parse("2026-11-24T21:56:30.690601Z");

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T21:56:30.690601Z");
  }

  @Test
  void utc_omitsFraction_onWholeSecond() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.parse("2026-11-24T10:00:00Z");

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T10:00:00Z");
  }

  @Test
  void utc_padsToSixDigits_onMillisecondFraction() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.parse("2026-11-24T10:00:00.5Z");

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T10:00:00.500000Z");
  }

  @Test
  void utc_convertsToUtc_onValueWithOffset() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.parse("2026-11-25T00:56:30.690601+03:00");

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T21:56:30.690601Z");
  }

  @Test
  void utc_truncatesToMicroseconds_onNanosecondValue() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.of(2026, 11, 24, 21, 56, 30, 690_601_999, ZoneOffset.UTC);

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T21:56:30.690601Z");
  }

  @Test
  void utc_omitsFraction_onNanosecondsBelowOneMicrosecond() {
    // Arrange
    OffsetDateTime value = OffsetDateTime.of(2026, 11, 24, 21, 56, 30, 999, ZoneOffset.UTC);

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T21:56:30Z");
  }

  @Test
  void utc_writesLikeOffsetDateTime_onInstant() {
    // Arrange
    Instant value = Instant.parse("2026-11-24T21:56:30.690601Z");

    // Act
    String text = Timestamps.utc(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-24T21:56:30.690601Z");
  }

  @Test
  void local_writesMicrosecondsWithoutOffset_onValueWithFraction() {
    // Arrange
    LocalDateTime value = LocalDateTime.parse("2026-11-19T21:55:58.336183");

    // Act
    String text = Timestamps.local(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-19T21:55:58.336183");
  }

  @Test
  void local_omitsFraction_onWholeSecond() {
    // Arrange
    LocalDateTime value = LocalDateTime.parse("2026-11-19T21:55:00");

    // Act
    String text = Timestamps.local(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-19T21:55:00");
  }

  @Test
  void local_truncatesToMicroseconds_onNanosecondValue() {
    // Arrange
    LocalDateTime value = LocalDateTime.of(2026, 11, 19, 21, 55, 58, 336_183_750);

    // Act
    String text = Timestamps.local(value);

    // Assert
    assertThat(text).isEqualTo("2026-11-19T21:55:58.336183");
  }

  @Test
  void local_writesAsciiDigits_onDefaultLocaleWithNativeDigits() {
    // Arrange
    Locale original = Locale.getDefault();
    Locale originalFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(Locale.forLanguageTag("ar-EG"));
    LocalDateTime value = LocalDateTime.parse("2026-11-19T21:55:58.336183");
    try {
      // Act
      String text = Timestamps.local(value);

      // Assert
      assertThat(text).isEqualTo("2026-11-19T21:55:58.336183");
    } finally {
      Locale.setDefault(original);
      Locale.setDefault(Locale.Category.FORMAT, originalFormat);
    }
  }

  @Test
  void utcAndLocal_returnNull_onNull() {
    // Act
    String fromOffset = Timestamps.utc((OffsetDateTime) null);
    String fromInstant = Timestamps.utc((Instant) null);
    String fromLocal = Timestamps.local(null);

    // Assert
    assertThat(fromOffset).isNull();
    assertThat(fromInstant).isNull();
    assertThat(fromLocal).isNull();
  }
}
