package com.clicknback.wallets;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A move would take a wallet balance below zero. Purchase rules should make this impossible, so it
 * is a bug: the transaction rolls back and the client gets a 500, before the database's CHECK
 * constraint would have to refuse the write.
 */
public class InsufficientBalanceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public InsufficientBalanceException(
      UUID userId, String bucket, BigDecimal balance, BigDecimal amount) {
    super(
        "Wallet of user %s: %s balance %s is less than %s"
            .formatted(userId, bucket, balance.toPlainString(), amount.toPlainString()));
  }
}
