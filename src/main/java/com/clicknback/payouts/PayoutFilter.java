package com.clicknback.payouts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Payout list filters (spec 09 §5); all optional, combined with AND; dates inclusive (UTC). */
public record PayoutFilter(
    Optional<String> status,
    Optional<UUID> userId,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  /** One user's payouts, optionally in one status. */
  public static PayoutFilter ofUser(UUID userId, Optional<String> status) {
    return new PayoutFilter(status, Optional.of(userId), Optional.empty(), Optional.empty());
  }
}
