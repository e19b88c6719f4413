package com.clicknback.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.cashback.CashbackTransactionRepository;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WalletServiceTest {

  private static final UUID USER = UUID.randomUUID();

  private WalletService service;
  private WalletRepository repository;

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  @BeforeEach
  void setUp() {
    repository = mock(WalletRepository.class);
    service = new WalletService();
    service.wallets = repository;
    service.transactions = mock(CashbackTransactionRepository.class);
  }

  private Wallet locked(String pending, String available) {
    Wallet wallet = new Wallet(USER, money(pending), money(available), money("0.00"));
    when(repository.findByUserIdForUpdate(USER)).thenReturn(wallet);
    return wallet;
  }

  @Test
  void creditPending_movesMoneyOnLockedRow_onFirstOrLaterCredit() {
    // Arrange
    locked("0.00", "0.00");

    // Act
    Wallet wallet = service.creditPending(USER, money("3.75"));

    // Assert
    verify(repository).findByUserIdForUpdate(USER);
    assertThat(wallet.pendingBalance()).isEqualTo(money("3.75"));
  }

  @Test
  void releasePending_movesPendingToAvailableOnLockedRow_onConfirmation() {
    // Arrange
    locked("3.75", "1.00");

    // Act
    Wallet wallet = service.releasePending(USER, money("3.75"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("4.75"));
  }

  @Test
  void reversePending_takesFromPendingOnLockedRow_onRejectionOrPendingReversal() {
    // Arrange
    locked("3.75", "1.00");

    // Act
    Wallet wallet = service.reversePending(USER, money("3.75"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void reverseAvailable_takesFromAvailableOnLockedRow_onConfirmedReversal() {
    // Arrange
    locked("0.00", "4.75");

    // Act
    Wallet wallet = service.reverseAvailable(USER, money("3.75"));

    // Assert
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void reverseAvailable_throwsInsufficientBalance_onMoreThanAvailable() {
    // Arrange
    locked("10.00", "1.00");

    // Act & Assert
    assertThatThrownBy(() -> service.reverseAvailable(USER, money("3.75")))
        .isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void summary_returnsZeros_onUserWithoutWallet() {
    // Arrange
    when(repository.findByUserId(USER)).thenReturn(Optional.empty());

    // Act
    Wallet wallet = service.summary(USER);

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.paidBalance()).isEqualTo(money("0.00"));
  }

  @Test
  void summary_returnsStoredWallet_onUserWithWallet() {
    // Arrange
    Wallet stored = new Wallet(USER, money("19.05"), money("15.00"), money("50.00"));
    when(repository.findByUserId(USER)).thenReturn(Optional.of(stored));

    // Act
    Wallet wallet = service.summary(USER);

    // Assert
    assertThat(wallet).isSameAs(stored);
  }

  @Test
  void withdraw_takesFromAvailableOnLockedRow_onEnoughAvailable() {
    // Arrange
    locked("2.00", "20.00");

    // Act
    Wallet wallet = service.withdraw(USER, money("12.50"));

    // Assert
    verify(repository).findByUserIdForUpdate(USER);
    assertThat(wallet.availableBalance()).isEqualTo(money("7.50"));
    assertThat(wallet.pendingBalance()).isEqualTo(money("2.00"));
    assertThat(wallet.paidBalance()).isEqualTo(money("0.00"));
  }

  @Test
  void withdraw_throwsWithBalancesAndMovesNothing_onMoreThanAvailable() {
    // Arrange
    Wallet wallet = locked("4.00", "5.00");

    // Act & Assert
    assertThatThrownBy(() -> service.withdraw(USER, money("5.01")))
        .isInstanceOfSatisfying(
            WithdrawalExceedsBalanceException.class,
            e -> {
              assertThat(e.requested()).isEqualTo(money("5.01"));
              assertThat(e.available()).isEqualTo(money("5.00"));
              assertThat(e.pending()).isEqualTo(money("4.00"));
            });
    assertThat(wallet.availableBalance()).isEqualTo(money("5.00"));
  }

  @Test
  void withdraw_emptiesAvailable_onExactBalance() {
    // Arrange
    locked("0.00", "5.00");

    // Act
    Wallet wallet = service.withdraw(USER, money("5.00"));

    // Assert
    assertThat(wallet.availableBalance()).isEqualTo(money("0.00"));
  }

  @Test
  void completeWithdrawal_addsToPaidOnLockedRow_onCompletedPayout() {
    // Arrange
    locked("1.00", "3.00");

    // Act
    Wallet wallet = service.completeWithdrawal(USER, money("20.00"));

    // Assert
    verify(repository).findByUserIdForUpdate(USER);
    assertThat(wallet.paidBalance()).isEqualTo(money("20.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("3.00"));
  }

  @Test
  void refundWithdrawal_addsToAvailableOnLockedRow_onFailedPayout() {
    // Arrange
    locked("1.00", "3.00");

    // Act
    Wallet wallet = service.refundWithdrawal(USER, money("20.00"));

    // Assert
    assertThat(wallet.availableBalance()).isEqualTo(money("23.00"));
    assertThat(wallet.paidBalance()).isEqualTo(money("0.00"));
  }
}
