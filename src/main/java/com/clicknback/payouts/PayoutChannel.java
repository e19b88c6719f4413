package com.clicknback.payouts;

import com.clicknback.shared.web.Money;
import java.math.BigDecimal;

/**
 * The two doors to the same payout request (spec 09 §1, §4): {@code POST /users/payouts} (PY1) and
 * its wallet alias {@code POST /users/wallet/withdraw} (W3), which words its errors differently.
 */
public enum PayoutChannel {
  PAYOUTS(
      "Payout request violates withdrawal policy.",
      "Increase request amount and ensure monthly limit is not exceeded.") {
    @Override
    String insufficientBalance(BigDecimal requested, BigDecimal available) {
      return "Insufficient available balance. Requested: %s, Available: %s."
          .formatted(Money.format(requested), Money.format(available));
    }
  },
  WALLET_WITHDRAW(
      "Withdrawal request violates policy constraints.",
      "Adjust request amount or timing according to policy limits.") {
    @Override
    String insufficientBalance(BigDecimal requested, BigDecimal available) {
      return "Available balance (%s) is less than requested amount (%s)."
          .formatted(Money.format(available), Money.format(requested));
    }
  };

  private final String policyMessage;
  private final String policyAction;

  PayoutChannel(String policyMessage, String policyAction) {
    this.policyMessage = policyMessage;
    this.policyAction = policyAction;
  }

  /** The 422 message. */
  String policyMessage() {
    return policyMessage;
  }

  /** The 422 {@code details.action}. */
  String policyAction() {
    return policyAction;
  }

  /** The 409 message. */
  abstract String insufficientBalance(BigDecimal requested, BigDecimal available);
}
