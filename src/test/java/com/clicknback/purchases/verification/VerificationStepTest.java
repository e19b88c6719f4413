package com.clicknback.purchases.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.purchases.verification.SimulatedPurchaseVerifier.Outcome;
import com.clicknback.purchases.verification.VerificationStep.Action;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationStepTest {

  private static final UUID FAILING = UUID.fromString("f0000000-0000-0000-0000-000000000001");

  @Test
  void after_confirms_onConfirmedOutcome() {
    // Act
    VerificationStep step = VerificationStep.after(Outcome.CONFIRMED, 1, 3);

    // Assert
    assertThat(step.action()).isEqualTo(Action.CONFIRM);
  }

  @Test
  void after_rejectsWithDeclinedReason_onHardDecline() {
    // Act
    VerificationStep step = VerificationStep.after(Outcome.REJECTED, 1, 3);

    // Assert
    assertThat(step).isEqualTo(new VerificationStep(Action.REJECT, "Verification declined."));
  }

  @Test
  void after_retries_onSoftFailureBeforeLastAttempt() {
    // Act
    VerificationStep first = VerificationStep.after(Outcome.PENDING, 1, 3);
    VerificationStep second = VerificationStep.after(Outcome.PENDING, 2, 3);

    // Assert
    assertThat(first.action()).isEqualTo(Action.RETRY);
    assertThat(second.action()).isEqualTo(Action.RETRY);
  }

  @Test
  void after_rejectsWithReconciliationReason_onSoftFailureAtLastAttempt() {
    // Act
    VerificationStep step = VerificationStep.after(Outcome.PENDING, 3, 3);

    // Assert
    assertThat(step.action()).isEqualTo(Action.REJECT);
    assertThat(step.reason())
        .isEqualTo(
            "Bank reconciliation failed: no matching bank movement found after 3 verification"
                + " attempt(s).");
  }

  @Test
  void verify_softFailsEveryAttempt_onRejectionMerchant() {
    // Arrange
    SimulatedPurchaseVerifier verifier = new SimulatedPurchaseVerifier(Optional.of(FAILING));

    // Act & Assert
    assertThat(verifier.verify(FAILING, 1)).isEqualTo(Outcome.PENDING);
    assertThat(verifier.verify(FAILING, 3)).isEqualTo(Outcome.PENDING);
  }

  @Test
  void verify_confirmsAtOnce_onOtherMerchantOrNoRejectionMerchant() {
    // Arrange
    SimulatedPurchaseVerifier configured = new SimulatedPurchaseVerifier(Optional.of(FAILING));
    SimulatedPurchaseVerifier off = new SimulatedPurchaseVerifier(Optional.empty());

    // Act & Assert
    assertThat(configured.verify(UUID.randomUUID(), 1)).isEqualTo(Outcome.CONFIRMED);
    assertThat(off.verify(FAILING, 1)).isEqualTo(Outcome.CONFIRMED);
  }
}
