package com.clicknback.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Calendar dates as the API reads them: {@code YYYY-MM-DD}, or a date-time at exactly midnight. */
public final class Dates {

  private Dates() {}

  public static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip();
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      // maybe a midnight date-time
    }
    try {
      OffsetDateTime dateTime = OffsetDateTime.parse(value);
      return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? Optional.of(dateTime.toLocalDate())
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
