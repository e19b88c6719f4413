package com.clicknback.purchases;

/** A purchase with its merchant's current name, {@code Unknown} if the merchant is gone. */
public record PurchaseWithMerchant(Purchase purchase, String merchantName) {}
