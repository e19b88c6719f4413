package com.clicknback.shared.web;

import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses query parameters given as text and collects every problem, so one 422 lists all of them
 * (spec 00 §5.1) with the reasons the original API used. Call {@link #validate()} once all
 * parameters are read.
 */
public final class QueryParams {

  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");

  private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]+");

  private final List<Violation> violations = new ArrayList<>();

  /** An integer within bounds, or the default when absent. */
  public int integer(String name, String raw, int defaultValue, int min, int max) {
    if (raw == null) {
      return defaultValue;
    }
    Optional<Integer> parsed = parseInteger(raw);
    if (parsed.isEmpty()) {
      violations.add(
          new Violation(
              name, "Input should be a valid integer, unable to parse string as an integer"));
      return defaultValue;
    }
    int value = parsed.get();
    if (value < min) {
      violations.add(new Violation(name, "Input should be greater than or equal to " + min));
    } else if (value > max) {
      violations.add(new Violation(name, "Input should be less than or equal to " + max));
    }
    return value;
  }

  /**
   * A decimal integer in ASCII digits with an optional sign and surrounding blanks; empty when the
   * text is anything else ({@link Integer#parseInt} alone would also take {@code "٣"}, an Arabic
   * three) or out of the {@code int} range.
   */
  public static Optional<Integer> parseInteger(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (!ASCII_INTEGER.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A boolean, leniently ({@code true/false, yes/no, on/off, 1/0, t/f, y/n}); empty if absent. */
  public Optional<Boolean> bool(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(value)) {
      return Optional.of(true);
    }
    if (FALSE.contains(value)) {
      return Optional.of(false);
    }
    violations.add(
        new Violation(name, "Input should be a valid boolean, unable to interpret input"));
    return Optional.empty();
  }

  /** A UUID in any standard spelling, normalised; empty if absent. */
  public Optional<UUID> uuid(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Optional<UUID> parsed = Uuids.parse(raw);
    if (parsed.isEmpty()) {
      violations.add(new Violation(name, "Input should be a valid UUID"));
    }
    return parsed;
  }

  /** A {@code YYYY-MM-DD} date (or a midnight date-time); empty if absent. */
  public Optional<LocalDate> date(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Optional<LocalDate> parsed = Dates.parse(raw);
    if (parsed.isEmpty()) {
      violations.add(new Violation(name, "Input should be a valid date in the format YYYY-MM-DD"));
    }
    return parsed;
  }

  /**
   * An ISO-8601 date-time (UTC when it has no offset) or a date (its midnight); empty if absent.
   */
  public Optional<LocalDateTime> utcDateTime(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip();
    try {
      return Optional.of(
          OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    } catch (DateTimeParseException e) {
      // try the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(value));
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay());
    } catch (DateTimeParseException e) {
      violations.add(new Violation(name, "Input should be a valid datetime or date"));
      return Optional.empty();
    }
  }

  /** Adds a problem found by the caller (cross-field rules). */
  public void reject(String name, String reason) {
    violations.add(new Violation(name, reason));
  }

  /** Throws the 422 listing every problem, if there is one. */
  public void validate() {
    if (!violations.isEmpty()) {
      throw ErrorResponses.requestValidationFailure(violations);
    }
  }
}
