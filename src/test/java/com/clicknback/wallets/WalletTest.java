package com.clicknback.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WalletTest {

  private static final UUID USER = UUID.randomUUID();

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  private static Wallet wallet(String pending, String available, String paid) {
    return new Wallet(USER, money(pending), money(available), money(paid));
  }

  @Test
  void empty_hasZeroBalancesWithTwoDecimals_onUserWithoutWallet() {
    // Act
    Wallet wallet = Wallet.empty(USER);

    // Assert
    assertThat(wallet.userId()).isEqualTo(USER);
    assertThat(wallet.pendingBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.paidBalance()).isEqualTo(money("0.00"));
  }

  @Test
  void creditPending_addsToPendingOnly_onAnyAmount() {
    // Arrange
    Wallet wallet = wallet("1.25", "2.00", "3.00");

    // Act
    wallet.creditPending(money("3.75"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("5.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("2.00"));
    assertThat(wallet.paidBalance()).isEqualTo(money("3.00"));
  }

  @Test
  void creditPending_changesNothing_onZeroCashback() {
    // Arrange
    Wallet wallet = wallet("1.25", "0.00", "0.00");

    // Act
    wallet.creditPending(money("0.00"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("1.25"));
  }

  @Test
  void releasePending_movesFromPendingToAvailable_onEnoughPending() {
    // Arrange
    Wallet wallet = wallet("7.50", "1.00", "0.00");

    // Act
    wallet.releasePending(money("7.50"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("8.50"));
  }

  @Test
  void reversePending_takesFromPendingOnly_onEnoughPending() {
    // Arrange
    Wallet wallet = wallet("7.50", "1.00", "0.00");

    // Act
    wallet.reversePending(money("2.50"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("5.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void reverseAvailable_takesFromAvailableOnly_onEnoughAvailable() {
    // Arrange
    Wallet wallet = wallet("7.50", "10.00", "0.00");

    // Act
    wallet.reverseAvailable(money("10.00"));

    // Assert
    assertThat(wallet.pendingBalance()).isEqualTo(money("7.50"));
    assertThat(wallet.availableBalance()).isEqualTo(money("0.00"));
  }

  @Test
  void releasePending_throwsAndChangesNothing_onMoreThanPending() {
    // Arrange
    Wallet wallet = wallet("7.49", "1.00", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.releasePending(money("7.50")))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessageContaining("pending balance 7.49 is less than 7.50");
    assertThat(wallet.pendingBalance()).isEqualTo(money("7.49"));
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void reversePending_throws_onMoreThanPending() {
    // Arrange
    Wallet wallet = wallet("0.00", "9.00", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.reversePending(money("0.01")))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessageContaining("pending");
  }

  @Test
  void reverseAvailable_throws_onMoreThanAvailable() {
    // Arrange
    Wallet wallet = wallet("9.00", "0.50", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.reverseAvailable(money("0.51")))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessageContaining("available balance 0.50 is less than 0.51");
    assertThat(wallet.availableBalance()).isEqualTo(money("0.50"));
  }

  @Test
  void creditPending_throws_onNegativeOrSubCentAmount() {
    // Arrange
    Wallet wallet = wallet("1.00", "0.00", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.creditPending(money("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.creditPending(money("0.005")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.creditPending(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wallet.pendingBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void withdrawAvailable_throwsAndChangesNothing_onMoreThanAvailable() {
    // Arrange
    Wallet wallet = wallet("0.00", "1.00", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.withdrawAvailable(money("1.01")))
        .isInstanceOf(InsufficientBalanceException.class);
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }

  @Test
  void payoutMoves_refuseSubCentAmounts_onAnyBalance() {
    // Arrange
    Wallet wallet = wallet("0.00", "1.00", "0.00");

    // Act & Assert
    assertThatThrownBy(() -> wallet.recordPaid(money("0.001")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.refundAvailable(money("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wallet.paidBalance()).isEqualTo(money("0.00"));
    assertThat(wallet.availableBalance()).isEqualTo(money("1.00"));
  }
}
