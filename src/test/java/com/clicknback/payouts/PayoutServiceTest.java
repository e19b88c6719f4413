package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.config.TestSettings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import com.clicknback.shared.web.Money;
import com.clicknback.wallets.WalletService;
import com.clicknback.wallets.WithdrawalExceedsBalanceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PayoutServiceTest {

  private static final Account USER = new Account(UUID.randomUUID(), Role.USER, true);
  private static final Map<String, Object> IBAN = Map.of("iban", "ES9121000418450200051332");

  private PayoutService service;
  private PayoutRepository payouts;
  private WalletService wallets;
  private AuditTrail audit;

  @BeforeEach
  void setUp() {
    service = new PayoutService();
    payouts = mock(PayoutRepository.class);
    wallets = mock(WalletService.class);
    audit = mock(AuditTrail.class);
    service.payouts = payouts;
    service.wallets = wallets;
    service.audit = audit;
    service.transitions = mock(PayoutTransitions.class);
    service.clock = Clock.fixed(Instant.parse("2026-05-02T09:30:00Z"), ZoneOffset.UTC);
    service.settings = TestSettings.with();
  }

  private static PayoutRequests.Create body(String amount, String method, Map<String, Object> d) {
    return new PayoutRequests.Create(amount == null ? null : new Money.Input(amount), method, d);
  }

  private static List<Violation> violations(ApiException e) {
    @SuppressWarnings("unchecked")
    List<Violation> list = (List<Violation>) e.details().get("violations");
    return list;
  }

  @Test
  void request_withdrawsInsertsAndAudits_onValidBankTransfer() {
    // Arrange
    PayoutRequests.Create body = body("20.5", "bank_transfer", IBAN);

    // Act
    PayoutService.Requested requested = service.request(body, USER, PayoutChannel.PAYOUTS);

    // Assert
    Payout payout = requested.payout();
    assertThat(payout.amount()).isEqualByComparingTo("20.50");
    assertThat(payout.status()).isEqualTo(Payout.REQUESTED);
    assertThat(payout.userId()).isEqualTo(USER.id());
    verify(wallets).withdraw(USER.id(), new BigDecimal("20.50"));
    verify(payouts).insert(payout, requested.details());
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().action()).isEqualTo(AuditAction.WITHDRAWAL_REQUESTED);
    assertThat(entry.getValue().actor()).isEqualTo(Actor.user(USER.id()));
    assertThat(entry.getValue().details())
        .containsExactly(Map.entry("amount", "20.50"), Map.entry("method", "bank_transfer"));
  }

  @Test
  void request_listsEveryViolation_onBadAmountAndMethod() {
    // Arrange
    PayoutRequests.Create body = body("0", "cash", IBAN);

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.PAYOUTS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
              assertThat(e.getMessage()).isEqualTo("Validation failed for request body.");
              assertThat(violations(e))
                  .containsExactly(
                      new Violation("amount", PayoutService.AMOUNT_INVALID),
                      new Violation("method", PayoutService.METHOD_INVALID));
            });
    verify(wallets, never()).withdraw(any(), any());
  }

  @Test
  void request_refusesAmount_onThreeDecimals() {
    // Arrange
    PayoutRequests.Create body = body("1.005", "bank_transfer", IBAN);

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.PAYOUTS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(violations(e))
                    .containsExactly(new Violation("amount", PayoutService.AMOUNT_INVALID)));
  }

  @Test
  void request_refusesEverything_onNullBody() {
    // Arrange
    PayoutRequests.Create body = null;

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.PAYOUTS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(violations(e))
                    .extracting(Violation::field)
                    .containsExactly("amount", "method"));
  }

  @Test
  void request_throwsInsufficientBalance_onAmountAboveAvailable() {
    // Arrange
    PayoutRequests.Create body = body("30", "bank_transfer", IBAN);
    when(wallets.withdraw(USER.id(), new BigDecimal("30.00")))
        .thenThrow(
            new WithdrawalExceedsBalanceException(
                new BigDecimal("30.00"), new BigDecimal("12.50"), new BigDecimal("4.00")));

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.PAYOUTS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_BALANCE);
              assertThat(e.getMessage())
                  .isEqualTo("Insufficient available balance. Requested: 30.00, Available: 12.50.");
              assertThat(e.details())
                  .containsExactly(
                      Map.entry("requested_amount", "30.00"),
                      Map.entry("available_balance", "12.50"),
                      Map.entry("pending_balance", "4.00"),
                      Map.entry(
                          "action",
                          "Request a smaller amount or wait for pending cashback to be"
                              + " confirmed."));
            });
    verify(payouts, never()).insert(any(), any());
  }

  @Test
  void request_usesWalletMessage_onWithdrawChannel() {
    // Arrange
    PayoutRequests.Create body = body("30", "bank_transfer", IBAN);
    when(wallets.withdraw(USER.id(), new BigDecimal("30.00")))
        .thenThrow(
            new WithdrawalExceedsBalanceException(
                new BigDecimal("30.00"), new BigDecimal("12.50"), new BigDecimal("0.00")));

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.WALLET_WITHDRAW))
        .hasMessage("Available balance (12.50) is less than requested amount (30.00).");
  }

  @Test
  void request_throws422WithEverySentence_onPolicyBreach() {
    // Arrange
    service.settings =
        TestSettings.with("PAYOUT_MIN_AMOUNT", "10.00", "PAYOUT_MONTHLY_LIMIT", "100.00");
    when(payouts.sumNotFailedSince(any(), any())).thenReturn(new BigDecimal("98.00"));
    when(payouts.lastRequestedAt(USER.id())).thenReturn(Optional.empty());
    PayoutRequests.Create body = body("5.00", "bank_transfer", IBAN);

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.PAYOUTS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.UNPROCESSABLE_ENTITY);
              assertThat(e.getMessage()).isEqualTo("Payout request violates withdrawal policy.");
              assertThat(e.details())
                  .containsEntry(
                      "violations",
                      List.of(
                          "Minimum payout amount is 10.00. Requested: 5.00.",
                          "Monthly payout limit (100.00) would be exceeded. Already paid this"
                              + " month: 98.00."))
                  .containsEntry(
                      "action",
                      "Increase request amount and ensure monthly limit is not exceeded.");
            });
    verify(wallets).lock(USER.id());
    verify(wallets, never()).withdraw(any(), any());
  }

  @Test
  void request_usesWalletPolicyMessage_onWithdrawChannel() {
    // Arrange
    service.settings = TestSettings.with("PAYOUT_MIN_AMOUNT", "10.00");
    when(payouts.sumNotFailedSince(any(), any())).thenReturn(BigDecimal.ZERO);
    when(payouts.lastRequestedAt(USER.id())).thenReturn(Optional.empty());
    PayoutRequests.Create body = body("5.00", "bank_transfer", IBAN);

    // Act & Assert
    assertThatThrownBy(() -> service.request(body, USER, PayoutChannel.WALLET_WITHDRAW))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("Withdrawal request violates policy constraints.");
              assertThat(e.details())
                  .containsEntry(
                      "action", "Adjust request amount or timing according to policy limits.");
            });
  }

  @Test
  void request_skipsPolicyReads_onPolicyOff() {
    // Arrange
    PayoutRequests.Create body = body("0.01", "bank_transfer", IBAN);

    // Act
    service.request(body, USER, PayoutChannel.PAYOUTS);

    // Assert
    verify(payouts, never()).sumNotFailedSince(any(), any());
    verify(wallets, never()).lock(any());
  }

  @Test
  void process_throwsInvalidStatus_onProcessingStatus() {
    // Arrange
    PayoutRequests.Process body = new PayoutRequests.Process("processing");
    Actor admin = Actor.admin(UUID.randomUUID());

    // Act & Assert
    assertThatThrownBy(() -> service.process(UUID.randomUUID().toString(), body, admin))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
              assertThat(e.getMessage())
                  .isEqualTo("Invalid status value. Supported values are: 'completed', 'failed'.");
              assertThat(e.details())
                  .containsExactly(
                      Map.entry("field", "status"),
                      Map.entry("received", "processing"),
                      Map.entry("supported_values", List.of("completed", "failed")));
            });
  }

  @Test
  void process_throwsNotFound_onNonUuidId() {
    // Arrange
    PayoutRequests.Process body = new PayoutRequests.Process("completed");

    // Act & Assert
    assertThatThrownBy(() -> service.process("nope", body, Actor.admin(UUID.randomUUID())))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
              assertThat(e.details())
                  .containsExactly(
                      Map.entry("resource_type", "payout"), Map.entry("resource_id", "nope"));
            });
  }
}
