package com.clicknback.purchases.verification;

import com.clicknback.purchases.verification.SimulatedPurchaseVerifier.Outcome;

/**
 * What the job does with a purchase after an attempt (spec 10 §5): confirm it, reject it, or try
 * again after the interval; a soft failure on the last allowed attempt rejects it.
 */
public record VerificationStep(Action action, String reason) {

  /** The decision. */
  public enum Action {
    CONFIRM,
    REJECT,
    RETRY
  }

  static final String DECLINED = "Verification declined.";

  public static VerificationStep after(Outcome outcome, int attempt, int maxAttempts) {
    return switch (outcome) {
      case CONFIRMED -> new VerificationStep(Action.CONFIRM, null);
      case REJECTED -> new VerificationStep(Action.REJECT, DECLINED);
      case PENDING ->
          attempt >= maxAttempts
              ? new VerificationStep(
                  Action.REJECT,
                  "Bank reconciliation failed: no matching bank movement found after "
                      + maxAttempts
                      + " verification attempt(s).")
              : new VerificationStep(Action.RETRY, null);
    };
  }
}
