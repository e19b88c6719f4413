package com.clicknback.offers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What cashback needs to know about the offer that applies to a purchase (spec 07 §1, §2): a fixed
 * amount, when present, wins over the percentage.
 */
public record OfferTerms(
    UUID id,
    UUID merchantId,
    double percentage,
    Double fixedAmount,
    double monthlyCap,
    LocalDate startDate,
    LocalDate endDate) {

  static OfferTerms of(Offer offer) {
    return new OfferTerms(
        offer.id(),
        offer.merchantId(),
        offer.percentage(),
        offer.fixedAmount(),
        offer.monthlyCapPerUser(),
        offer.startDate(),
        offer.endDate());
  }

  public boolean isFixed() {
    return fixedAmount != null;
  }
}
