package com.clicknback.merchants;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the merchant endpoints. */
public final class MerchantResponses {

  private MerchantResponses() {}

  /** A merchant as admins see it. */
  @Schema(name = "Merchant")
  public record MerchantOut(
      UUID id, String name, double defaultCashbackPercentage, boolean active) {
    static MerchantOut of(Merchant merchant) {
      return new MerchantOut(
          merchant.id(), merchant.name(), merchant.defaultCashbackPercentage(), merchant.active());
    }
  }
}
