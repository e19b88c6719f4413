package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.wallets.WalletService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PayoutTransitionsTest {

  private static final UUID USER = UUID.randomUUID();
  private static final Actor ADMIN = Actor.admin(UUID.randomUUID());
  private static final Instant NOW = Instant.parse("2026-05-02T09:30:00Z");

  private PayoutTransitions transitions;
  private PayoutRepository payouts;
  private WalletService wallets;
  private AuditTrail audit;

  @BeforeEach
  void setUp() {
    transitions = new PayoutTransitions();
    payouts = mock(PayoutRepository.class);
    wallets = mock(WalletService.class);
    audit = mock(AuditTrail.class);
    transitions.payouts = payouts;
    transitions.wallets = wallets;
    transitions.audit = audit;
    transitions.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private Payout stored() {
    Payout payout =
        new Payout(
            UUID.randomUUID(),
            USER,
            new BigDecimal("20.00"),
            "bank_transfer",
            OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    when(payouts.findByIdForUpdate(payout.id())).thenReturn(Optional.of(payout));
    return payout;
  }

  private AuditEntry audited() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  void process_movesAmountToPaidAndAuditsSuccess_onCompleted() {
    // Arrange
    Payout payout = stored();

    // Act
    Payout processed = transitions.process(payout.id(), Payout.COMPLETED, ADMIN);

    // Assert
    assertThat(processed.status()).isEqualTo(Payout.COMPLETED);
    assertThat(processed.processedAt().toInstant()).isEqualTo(NOW);
    verify(wallets).completeWithdrawal(USER, new BigDecimal("20.00"));
    AuditEntry entry = audited();
    assertThat(entry.action()).isEqualTo(AuditAction.WITHDRAWAL_PROCESSED);
    assertThat(entry.actor()).isEqualTo(ADMIN);
    assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
    assertThat(entry.details())
        .containsEntry("amount", "20.00")
        .containsEntry("user_id", USER.toString())
        .containsEntry("new_status", "completed");
  }

  @Test
  void process_refundsAvailableAndAuditsFailure_onFailed() {
    // Arrange
    Payout payout = stored();

    // Act
    Payout processed = transitions.process(payout.id(), Payout.FAILED, ADMIN);

    // Assert
    assertThat(processed.status()).isEqualTo(Payout.FAILED);
    verify(wallets).refundWithdrawal(USER, new BigDecimal("20.00"));
    assertThat(audited().outcome()).isEqualTo(AuditEntry.Outcome.FAILURE);
  }

  @Test
  void process_throwsAlreadyProcessed_onProcessedPayout() {
    // Arrange
    Payout payout = stored();
    payout.process(Payout.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC));

    // Act & Assert
    assertThatThrownBy(() -> transitions.process(payout.id(), Payout.FAILED, ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Cannot process payout '" + payout.id() + "'. Payout is already completed.");
              assertThat(e.details())
                  .containsEntry("payout_id", payout.id().toString())
                  .containsEntry("current_status", "completed")
                  .containsEntry("allowed_transitions", List.of("requested"));
            });
    verifyNoInteractions(wallets, audit);
  }

  @Test
  void process_throwsNotFound_onUnknownPayout() {
    // Arrange
    UUID id = UUID.randomUUID();
    when(payouts.findByIdForUpdate(id)).thenReturn(Optional.empty());

    // Act & Assert
    assertThatThrownBy(() -> transitions.process(id, Payout.COMPLETED, ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
              assertThat(e.getMessage()).isEqualTo("Payout with ID '" + id + "' does not exist.");
            });
    verifyNoInteractions(wallets, audit);
  }
}
