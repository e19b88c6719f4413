package com.clicknback.offers;

import java.time.LocalDate;
import java.util.UUID;

/** A create request after schema validation: typed, the merchant id normalised. */
public record OfferDraft(
    UUID merchantId,
    boolean fixed,
    double cashbackValue,
    LocalDate startDate,
    LocalDate endDate,
    double monthlyCap) {}
