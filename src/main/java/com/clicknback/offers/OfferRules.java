package com.clicknback.offers;

import com.clicknback.shared.errors.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The offer rules that need no database (spec 03): the fail-fast business checks of a new offer
 * (rules 3 to 6, first failure only) and the query checks of the offer list (both reported). Texts
 * as the original API words them, numbers written as Python writes floats.
 */
public final class OfferRules {

  static final Set<String> STATUSES = Set.of("active", "inactive");

  private OfferRules() {}

  /** The first rule a new offer breaks, if any: value, start date, end date, then monthly cap. */
  public static Optional<Violation> creationViolation(
      OfferDraft draft, LocalDate today, double maxPercentage) {
    double value = draft.cashbackValue();
    if (draft.fixed() && !(value > 0)) {
      return violation("cashback_value", "Fixed amount must be greater than 0.");
    }
    if (!draft.fixed() && !(value > 0 && value <= maxPercentage)) {
      return violation(
          "cashback_value",
          "Percentage must be between 0 (exclusive) and %s (inclusive)."
              .formatted(pythonFloat(maxPercentage)));
    }
    if (draft.startDate().isBefore(today)) {
      return violation(
          "start_date",
          "Start date must be today or a future date. Got: '%s'.".formatted(draft.startDate()));
    }
    if (draft.endDate().isBefore(draft.startDate())) {
      return violation(
          "end_date",
          "End date must be after start date. Got start='%s', end='%s'."
              .formatted(draft.startDate(), draft.endDate()));
    }
    if (!(draft.monthlyCap() > 0)) {
      return violation(
          "monthly_cap",
          "Monthly cap must be positive. Got: %s.".formatted(pythonFloat(draft.monthlyCap())));
    }
    return Optional.empty();
  }

  /**
   * The problems of a well-formed offer-list query: an unknown status, then a window that ends
   * before it starts.
   */
  public static List<Violation> listViolations(
      String status, Optional<LocalDate> dateFrom, Optional<LocalDate> dateTo) {
    List<Violation> violations = new ArrayList<>();
    if (status != null && !STATUSES.contains(status)) {
      violations.add(new Violation("status", "Status must be one of: active, inactive."));
    }
    if (dateFrom.isPresent() && dateTo.isPresent() && dateFrom.get().isAfter(dateTo.get())) {
      violations.add(
          new Violation(
              "date_from",
              "date_from (%s) must not be after date_to (%s)."
                  .formatted(dateFrom.get(), dateTo.get())));
    }
    return violations;
  }

  /**
   * A double as Python's {@code repr} writes it: {@code 0.0}, {@code 20.0}, {@code 12.5}, {@code
   * 1e+16}, {@code 1e-05}.
   */
  static String pythonFloat(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = shortest.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return String.format(
        Locale.ROOT,
        "%s%se%s%02d",
        value < 0 ? "-" : "",
        mantissa,
        exponent < 0 ? "-" : "+",
        Math.abs(exponent));
  }

  private static Optional<Violation> violation(String field, String reason) {
    return Optional.of(new Violation(field, reason));
  }
}
