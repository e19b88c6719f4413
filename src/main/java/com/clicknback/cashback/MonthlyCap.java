package com.clicknback.cashback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The monthly cap per user and offer (99 M4): the cashback credited for a purchase is {@code max(0,
 * min(raw, cap − earned this month))}. The caller supplies what the user already earned on the
 * offer in the purchase's calendar month (UTC, purchases not {@code reversed}) and must hold a lock
 * that keeps that sum stable until its purchase is stored.
 *
 * <p>The cap is a double (spec 03) and may have more than 2 decimals; what is left under it is cut
 * down to cents (never rounded up), so the credited total never exceeds the cap.
 */
public final class MonthlyCap {

  private MonthlyCap() {}

  /** The cashback to credit, scale 2, between 0.00 and {@code raw}. */
  public static BigDecimal apply(BigDecimal raw, double cap, BigDecimal earnedThisMonth) {
    BigDecimal room =
        BigDecimal.valueOf(cap)
            .subtract(earnedThisMonth)
            .setScale(CashbackCalculator.SCALE, RoundingMode.DOWN);
    BigDecimal credited = raw.min(room).max(BigDecimal.ZERO);
    return credited.setScale(CashbackCalculator.SCALE, RoundingMode.UNNECESSARY);
  }
}
