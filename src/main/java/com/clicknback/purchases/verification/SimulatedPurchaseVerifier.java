package com.clicknback.purchases.verification;

import java.util.Optional;
import java.util.UUID;

/**
 * The only verifier (spec 10 §6): no bank is asked. A purchase at the configured rejection merchant
 * never verifies (a soft failure on every attempt); any other purchase is confirmed at once.
 */
public final class SimulatedPurchaseVerifier {

  /** What one verification attempt found. */
  public enum Outcome {
    CONFIRMED,
    REJECTED,
    PENDING
  }

  private final Optional<UUID> rejectionMerchantId;

  public SimulatedPurchaseVerifier(Optional<UUID> rejectionMerchantId) {
    this.rejectionMerchantId = rejectionMerchantId;
  }

  public Outcome verify(UUID merchantId, int attempt) {
    if (rejectionMerchantId.isPresent() && rejectionMerchantId.get().equals(merchantId)) {
      return Outcome.PENDING;
    }
    return Outcome.CONFIRMED;
  }
}
