package com.clicknback.merchants;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the merchant endpoints. */
public final class MerchantRequests {

  private MerchantRequests() {}

  /** Create body; {@code active} defaults to true. */
  @Schema(name = "CreateMerchantRequest")
  public record Create(
      @Schema(required = true, example = "Shoply") @NotNull String name,
      @Schema(required = true, example = "5.0", description = "0 to MAX_CASHBACK_PERCENTAGE")
          @NotNull
          Double defaultCashbackPercentage,
      @Schema(defaultValue = "true") Boolean active) {}
}
