package com.clicknback.payouts;

import java.util.Arrays;
import java.util.Optional;

/** How a payout is paid (spec 09 §3), as stored in {@code payouts.method}. */
public enum PayoutMethod {
  BANK_TRANSFER("bank_transfer"),
  CARD("card");

  private final String value;

  PayoutMethod(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<PayoutMethod> of(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }
}
