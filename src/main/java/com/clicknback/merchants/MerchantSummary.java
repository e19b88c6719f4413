package com.clicknback.merchants;

import java.util.UUID;

/** What other features need to know about a merchant. */
public record MerchantSummary(UUID id, String name, boolean active) {

  static MerchantSummary of(Merchant merchant) {
    return new MerchantSummary(merchant.id(), merchant.name(), merchant.active());
  }
}
