package com.clicknback.shared.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How timestamps appear in JSON (spec 00 §2): ISO-8601 with microseconds, the fraction only when it
 * is not zero; zoned columns in UTC with {@code Z}, zone-less columns without an offset.
 */
public final class Timestamps {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private Timestamps() {}

  /** A {@code timestamptz} value: {@code 2026-11-24T21:56:30.690601Z}. */
  public static String utc(OffsetDateTime value) {
    return value == null
        ? null
        : local(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "Z";
  }

  /** An instant, written like a {@code timestamptz} value. */
  public static String utc(Instant value) {
    return value == null ? null : utc(value.atOffset(ZoneOffset.UTC));
  }

  /** A {@code timestamp} value without zone: {@code 2026-11-19T21:55:58.336183}. */
  public static String local(LocalDateTime value) {
    if (value == null) {
      return null;
    }
    LocalDateTime micros = value.truncatedTo(ChronoUnit.MICROS);
    String text = SECONDS.format(micros);
    int nanos = micros.getNano();
    return nanos == 0 ? text : text + "." + String.format(Locale.ROOT, "%06d", nanos / 1000);
  }
}
