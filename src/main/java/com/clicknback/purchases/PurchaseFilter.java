package com.clicknback.purchases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin list's filters (spec 06 §6), combined with AND: status, owner, merchant, and a window
 * of creation days ({@code start_date} from its midnight, {@code end_date} through its last
 * instant).
 */
public record PurchaseFilter(
    Optional<String> status,
    Optional<UUID> userId,
    Optional<UUID> merchantId,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate) {

  /** No filter: every purchase. */
  public static PurchaseFilter none() {
    return new PurchaseFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
