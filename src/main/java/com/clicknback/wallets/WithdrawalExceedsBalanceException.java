package com.clicknback.wallets;

import java.math.BigDecimal;

/**
 * A withdrawal asked for more than the available balance: a client error the caller turns into its
 * own response (spec 09: 409 {@code INSUFFICIENT_BALANCE}). Carries the balances read under the
 * wallet lock.
 */
public class WithdrawalExceedsBalanceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final BigDecimal requested;
  private final BigDecimal available;
  private final BigDecimal pending;

  public WithdrawalExceedsBalanceException(
      BigDecimal requested, BigDecimal available, BigDecimal pending) {
    super(
        "Withdrawal of %s exceeds the available balance %s"
            .formatted(requested.toPlainString(), available.toPlainString()),
        null,
        false,
        false);
    this.requested = requested;
    this.available = available;
    this.pending = pending;
  }

  public BigDecimal requested() {
    return requested;
  }

  public BigDecimal available() {
    return available;
  }

  public BigDecimal pending() {
    return pending;
  }
}
