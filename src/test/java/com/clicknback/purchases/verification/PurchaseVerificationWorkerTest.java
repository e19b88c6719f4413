package com.clicknback.purchases.verification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.featureflags.FeatureFlagService;
import com.clicknback.purchases.Purchase;
import com.clicknback.purchases.PurchaseRepository;
import com.clicknback.purchases.PurchaseTransitions;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.config.TestSettings;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseVerificationWorkerTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 1, 12, 0);
  private static final UUID FAILING = UUID.randomUUID();

  private PurchaseVerificationWorker worker;
  private PurchaseRepository purchases;
  private PurchaseTransitions transitions;
  private FeatureFlagService flags;

  @BeforeEach
  void setUp() {
    worker = new PurchaseVerificationWorker();
    purchases = mock(PurchaseRepository.class);
    transitions = mock(PurchaseTransitions.class);
    flags = mock(FeatureFlagService.class);
    Settings settings =
        TestSettings.with(
            "PURCHASE_MAX_VERIFICATION_ATTEMPTS",
            "3",
            "PURCHASE_CONFIRMATION_INTERVAL_SECONDS",
            "60",
            "REJECTION_MERCHANT_ID",
            FAILING.toString());
    worker.purchases = purchases;
    worker.transitions = transitions;
    worker.flags = flags;
    worker.settings = settings;
    when(flags.isEnabled(eq("purchase_auto_confirm"), any(), any())).thenReturn(true);
  }

  private Purchase claimed(UUID merchantId) {
    Purchase purchase =
        new Purchase(
            "ext",
            UUID.randomUUID(),
            merchantId,
            UUID.randomUUID(),
            BigDecimal.TEN,
            "EUR",
            BigDecimal.ONE,
            NOW.minusMinutes(5));
    when(purchases.claimDue(purchase.id(), NOW)).thenReturn(Optional.of(purchase));
    return purchase;
  }

  @Test
  void verify_confirmsAsSystem_onOrdinaryMerchant() {
    // Arrange
    Purchase purchase = claimed(UUID.randomUUID());

    // Act
    worker.verify(purchase.id(), NOW);

    // Assert
    verify(transitions).confirm(purchase.id(), Actor.system());
    verify(purchases).recordAttempt(purchase, 1, null);
  }

  @Test
  void verify_recordsAttemptAndRetriesAfterInterval_onSoftFailureBeforeLastAttempt() {
    // Arrange
    Purchase purchase = claimed(FAILING);

    // Act
    worker.verify(purchase.id(), NOW);

    // Assert
    verify(purchases).recordAttempt(purchase, 1, NOW.plusSeconds(60));
    verifyNoInteractions(transitions);
  }

  @Test
  void verify_postponesByIntervalWithoutUsingAttempt_onAutoConfirmOff() {
    // Arrange
    Purchase purchase = claimed(UUID.randomUUID());
    when(flags.isEnabled("purchase_auto_confirm", purchase.userId(), purchase.merchantId()))
        .thenReturn(false);

    // Act
    worker.verify(purchase.id(), NOW);

    // Assert
    verifyNoInteractions(transitions);
    verify(purchases).postpone(purchase, NOW.plusSeconds(60));
    verify(purchases, never()).recordAttempt(any(), anyInt(), any());
  }

  @Test
  void verify_doesNothing_onPurchaseNoLongerPendingOrLocked() {
    // Arrange
    UUID id = UUID.randomUUID();
    when(purchases.claimDue(id, NOW)).thenReturn(Optional.empty());

    // Act
    worker.verify(id, NOW);

    // Assert
    verifyNoInteractions(transitions, flags);
  }
}
