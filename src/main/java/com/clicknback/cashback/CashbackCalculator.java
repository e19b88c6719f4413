package com.clicknback.cashback;

import com.clicknback.offers.OfferTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The cashback of a purchase under an offer (spec 07 §1): a fixed amount wins over the percentage;
 * a percentage gives {@code amount × percentage ÷ 100}. Doubles enter through their shortest
 * round-trip string ({@link BigDecimal#valueOf(double)}), the arithmetic is exact, and the result
 * is rounded once, at the end, to 2 places HALF_EVEN.
 */
public final class CashbackCalculator {

  /** Money scale: NUMERIC(12,2). */
  public static final int SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CashbackCalculator() {}

  /** The cashback for {@code amount} under {@code offer}, scale 2. */
  public static BigDecimal calculate(OfferTerms offer, BigDecimal amount) {
    return calculate(offer.percentage(), offer.fixedAmount(), amount);
  }

  /** The cashback for {@code amount} with the given percentage, or fixed amount when not null. */
  public static BigDecimal calculate(double percentage, Double fixedAmount, BigDecimal amount) {
    if (fixedAmount != null) {
      return round(BigDecimal.valueOf(fixedAmount));
    }
    if (amount == null) {
      throw new IllegalArgumentException("A percentage offer needs the purchase amount");
    }
    // Dividing by 100 is exact (a power of ten): no intermediate rounding happens.
    BigDecimal exact =
        amount.multiply(BigDecimal.valueOf(percentage)).divide(HUNDRED, MathContext.UNLIMITED);
    return round(exact);
  }

  private static BigDecimal round(BigDecimal exact) {
    return exact.setScale(SCALE, RoundingMode.HALF_EVEN);
  }
}
