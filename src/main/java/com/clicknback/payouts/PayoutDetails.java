package com.clicknback.payouts;

import com.clicknback.shared.errors.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a payout goes (spec 09 §3), checked and reduced to the fields we keep. Sensitive: it is
 * stored in {@code payouts.details} and never logged, audited or shown unmasked ({@link #masked}).
 *
 * <ul>
 *   <li>{@code bank_transfer}: {@code iban} (a valid SEPA IBAN, {@link Iban}), optional {@code
 *       account_holder}.
 *   <li>{@code card}: {@code card_token} (the payment provider's opaque token for the card, 8 to
 *       255 characters without spaces; card numbers are never accepted), optional {@code
 *       card_last4} (4 digits) to show the card back.
 * </ul>
 *
 * Other keys are dropped.
 */
public record PayoutDetails(PayoutMethod method, Map<String, String> fields) {

  static final String IBAN = "iban";
  static final String ACCOUNT_HOLDER = "account_holder";
  static final String CARD_TOKEN = "card_token";
  static final String CARD_LAST4 = "card_last4";

  static final String DETAILS_REQUIRED =
      "Bank transfer requires IBAN. Card transfer requires card details.";
  static final String IBAN_INVALID = "IBAN format is invalid for bank_transfer method.";
  static final String ACCOUNT_HOLDER_INVALID = "Account holder must be a non-empty string.";
  static final String CARD_LAST4_INVALID = "Card last 4 must be exactly 4 digits.";

  public PayoutDetails {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The checked details, or the violations ({@code details…} fields) that refuse them. */
  static Result check(PayoutMethod method, Map<String, Object> raw) {
    if (raw == null) {
      return Result.refused(new Violation("details", DETAILS_REQUIRED));
    }
    Map<String, String> kept = new LinkedHashMap<>();
    if (method == PayoutMethod.BANK_TRANSFER) {
      if (!(raw.get(IBAN) instanceof String iban) || iban.isBlank()) {
        return Result.refused(new Violation("details", DETAILS_REQUIRED));
      }
      Optional<String> valid = Iban.parse(iban);
      if (valid.isEmpty()) {
        return Result.refused(new Violation("details.iban", IBAN_INVALID));
      }
      kept.put(IBAN, valid.get());
      if (raw.containsKey(ACCOUNT_HOLDER)) {
        if (!(raw.get(ACCOUNT_HOLDER) instanceof String holder) || holder.isBlank()) {
          return Result.refused(new Violation("details.account_holder", ACCOUNT_HOLDER_INVALID));
        }
        kept.put(ACCOUNT_HOLDER, holder.strip());
      }
    } else {
      if (!(raw.get(CARD_TOKEN) instanceof String token)
          || !token.matches("\\S{8,255}")
          || token.matches("[0-9]{12,19}")) {
        return Result.refused(new Violation("details", DETAILS_REQUIRED));
      }
      kept.put(CARD_TOKEN, token);
      if (raw.containsKey(CARD_LAST4)) {
        if (!(raw.get(CARD_LAST4) instanceof String last4) || !last4.matches("[0-9]{4}")) {
          return Result.refused(new Violation("details.card_last4", CARD_LAST4_INVALID));
        }
        kept.put(CARD_LAST4, last4);
      }
    }
    return new Result(Optional.of(new PayoutDetails(method, kept)), List.of());
  }

  /**
   * What may be shown back: the IBAN masked ({@link Iban#mask}), the card as {@code **** **** ****
   * 1234} (or {@code ****} without {@code card_last4}); never the token or the holder.
   */
  public Map<String, String> masked() {
    Map<String, String> shown = new LinkedHashMap<>();
    if (method == PayoutMethod.BANK_TRANSFER) {
      shown.put(IBAN, Iban.mask(fields.get(IBAN)));
    } else {
      String last4 = fields.get(CARD_LAST4);
      shown.put("card", last4 == null ? "****" : "**** **** **** " + last4);
    }
    return shown;
  }

  @Override
  public String toString() {
    return "PayoutDetails[" + method.value() + ", " + masked() + "]";
  }

  /** Checked details, or why not. */
  record Result(Optional<PayoutDetails> details, List<Violation> violations) {
    static Result refused(Violation violation) {
      return new Result(Optional.empty(), List.of(violation));
    }
  }
}
