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

  /** The result of a status change. */
  @Schema(name = "StatusChangeResult")
  public record StatusOut(UUID id, @Schema(enumeration = {"active", "inactive"}) String status) {
    static StatusOut of(UUID id, boolean active) {
      return new StatusOut(id, active ? "active" : "inactive");
    }
  }
}
