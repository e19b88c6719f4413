package com.clicknback.offers;

/** An offer and the name of its merchant, as the user-facing views show it. */
public record OfferWithMerchant(Offer offer, String merchantName) {}
