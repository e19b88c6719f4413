package com.clicknback.offers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The filters of the offer list (spec 03 §3), each optional, combined with AND. {@code status} is
 * as the client sent it: {@link OfferRules#listViolations} checks it.
 */
public record OfferFilter(
    Optional<String> status,
    Optional<UUID> merchantId,
    Optional<LocalDate> dateFrom,
    Optional<LocalDate> dateTo) {

  /** The {@code active} flag the status asks for, if any. */
  Optional<Boolean> active() {
    return status.map("active"::equals);
  }
}
