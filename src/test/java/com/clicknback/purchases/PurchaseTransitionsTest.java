package com.clicknback.purchases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.cashback.CashbackTransactionRepository;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.wallets.WalletService;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@SuppressWarnings("unchecked")
class PurchaseTransitionsTest {

  private static final UUID USER = UUID.randomUUID();
  private static final Actor ADMIN = Actor.admin(UUID.randomUUID());

  private PurchaseTransitions transitions;
  private PurchaseRepository purchases;
  private WalletService wallets;
  private AuditTrail audit;
  private CashbackTransaction row;
  private Event<PurchaseEvent> events;

  @BeforeEach
  void setUp() {
    transitions = new PurchaseTransitions();
    purchases = mock(PurchaseRepository.class);
    wallets = mock(WalletService.class);
    audit = mock(AuditTrail.class);
    transitions.purchases = purchases;
    transitions.cashbacks = mock(CashbackTransactionRepository.class);
    transitions.wallets = wallets;
    transitions.audit = audit;
    events = mock(Event.class);
    transitions.events = events;
  }

  private Purchase stored(String status, String cashback) {
    Purchase purchase =
        new Purchase(
            "ext",
            USER,
            UUID.randomUUID(),
            UUID.randomUUID(),
            new BigDecimal("100.00"),
            "EUR",
            new BigDecimal(cashback),
            LocalDateTime.of(2026, 5, 1, 10, 0));
    purchase.setStatus(status);
    row =
        new CashbackTransaction(
            USER, purchase.id(), new BigDecimal(cashback), purchase.createdAt());
    when(purchases.findByIdForUpdate(purchase.id())).thenReturn(Optional.of(purchase));
    when(transitions.cashbacks.findByPurchaseId(purchase.id())).thenReturn(Optional.of(row));
    return purchase;
  }

  private AuditEntry audited() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  void confirm_releasesCashbackAndAudits_onPendingPurchaseWithCashback() {
    // Arrange
    Purchase purchase = stored(Purchase.PENDING, "7.50");

    // Act
    Purchase confirmed = transitions.confirm(purchase.id(), ADMIN);

    // Assert
    assertThat(confirmed.status()).isEqualTo(Purchase.CONFIRMED);
    assertThat(confirmed.cashbackAmount()).isEqualTo(new BigDecimal("7.50"));
    assertThat(row.status()).isEqualTo(CashbackTransaction.AVAILABLE);
    verify(wallets).releasePending(USER, new BigDecimal("7.50"));
    assertThat(audited().action()).isEqualTo(AuditAction.PURCHASE_CONFIRMED);
    verify(events)
        .fire(
            new PurchaseEvent.PurchaseConfirmed(
                purchase.id(),
                USER,
                purchase.merchantId(),
                new BigDecimal("100.00"),
                "EUR",
                new BigDecimal("7.50"),
                ADMIN));
  }

  @Test
  void confirm_movesNoMoneyAndKeepsRowPending_onZeroCashback() {
    // Arrange
    Purchase purchase = stored(Purchase.PENDING, "0.00");

    // Act
    transitions.confirm(purchase.id(), Actor.system());

    // Assert
    assertThat(purchase.status()).isEqualTo(Purchase.CONFIRMED);
    assertThat(row.status()).isEqualTo(CashbackTransaction.PENDING);
    verifyNoInteractions(wallets);
  }

  @Test
  void confirm_throwsNotPendingAndChangesNothing_onConfirmedPurchase() {
    // Arrange
    Purchase purchase = stored(Purchase.CONFIRMED, "7.50");

    // Act & Assert
    assertThatThrownBy(() -> transitions.confirm(purchase.id(), ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PURCHASE_NOT_PENDING));
    verifyNoInteractions(wallets, audit, events);
  }

  @Test
  void confirm_throws404_onUnknownPurchase() {
    // Arrange
    when(purchases.findByIdForUpdate(any())).thenReturn(Optional.empty());

    // Act & Assert
    assertThatThrownBy(() -> transitions.confirm(UUID.randomUUID(), ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void reject_reversesRowAndTakesPending_onPendingPurchaseWithCashback() {
    // Arrange
    Purchase purchase = stored(Purchase.PENDING, "4.95");

    // Act
    transitions.reject(purchase.id(), "Verification declined.", Actor.system());

    // Assert
    assertThat(purchase.status()).isEqualTo(Purchase.REJECTED);
    assertThat(purchase.cashbackAmount()).isEqualTo(new BigDecimal("4.95"));
    assertThat(row.status()).isEqualTo(CashbackTransaction.REVERSED);
    verify(wallets).reversePending(USER, new BigDecimal("4.95"));
    assertThat(audited().details()).containsEntry("reason", "Verification declined.");
    verify(events)
        .fire(
            new PurchaseEvent.PurchaseRejected(
                purchase.id(),
                USER,
                purchase.merchantId(),
                new BigDecimal("100.00"),
                "EUR",
                "Verification declined.",
                Actor.system()));
  }

  @Test
  void reverse_takesFromPendingAndZeroesCashback_onPendingPurchase() {
    // Arrange
    Purchase purchase = stored(Purchase.PENDING, "3.00");

    // Act
    transitions.reverse(purchase.id(), ADMIN);

    // Assert
    assertThat(purchase.status()).isEqualTo(Purchase.REVERSED);
    assertThat(purchase.cashbackAmount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(row.status()).isEqualTo(CashbackTransaction.REVERSED);
    assertThat(row.amount()).isEqualTo(new BigDecimal("3.00"));
    verify(wallets).reversePending(USER, new BigDecimal("3.00"));
    verify(wallets, never()).reverseAvailable(any(), any());
    assertThat(audited().details()).containsEntry("prior_status", "pending");
    verify(events)
        .fire(
            new PurchaseEvent.PurchaseReversed(
                purchase.id(),
                USER,
                purchase.merchantId(),
                new BigDecimal("100.00"),
                "EUR",
                new BigDecimal("3.00"),
                "pending",
                ADMIN));
  }

  @Test
  void reverse_takesFromAvailable_onConfirmedPurchase() {
    // Arrange
    Purchase purchase = stored(Purchase.CONFIRMED, "3.00");

    // Act
    transitions.reverse(purchase.id(), ADMIN);

    // Assert
    verify(wallets).reverseAvailable(USER, new BigDecimal("3.00"));
    verify(wallets, never()).reversePending(any(), any());
    assertThat(audited().details()).containsEntry("prior_status", "confirmed");
  }

  @Test
  void reverse_throwsAlreadyReversedOrNotReversible_onReversedOrRejectedPurchase() {
    // Arrange
    Purchase reversed = stored(Purchase.REVERSED, "0.00");
    Purchase rejected = stored(Purchase.REJECTED, "3.00");

    // Act & Assert
    assertThatThrownBy(() -> transitions.reverse(reversed.id(), ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PURCHASE_ALREADY_REVERSED));
    assertThatThrownBy(() -> transitions.reverse(rejected.id(), ADMIN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PURCHASE_NOT_REVERSIBLE));
    verifyNoInteractions(wallets, audit);
  }
}
