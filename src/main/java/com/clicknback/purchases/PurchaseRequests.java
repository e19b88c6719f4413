package com.clicknback.purchases;

import com.clicknback.shared.validation.MoneyAmount;
import com.clicknback.shared.validation.UuidFormat;
import com.clicknback.shared.web.Money;
import com.clicknback.shared.web.Uuids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the purchase endpoints. */
public final class PurchaseRequests {

  private PurchaseRequests() {}

  /**
   * Ingestion body (spec 06 §3). Ids and the amount are read as text so that every schema problem
   * is listed in one 422; {@link #toCommand()} types them once they are valid.
   */
  @Schema(name = "IngestPurchaseRequest")
  public record Ingest(
      @Schema(
              required = true,
              example = "txn_001",
              description = "The client's idempotency key, unique across all users")
          @NotNull
          @Size(min = 1, message = "String should have at least 1 character")
          String externalId,
      @Schema(
              required = true,
              format = "uuid",
              description = "Must be the caller's own id (any standard UUID spelling)")
          @NotNull
          @UuidFormat
          String userId,
      @Schema(required = true, format = "uuid") @NotNull @UuidFormat String merchantId,
      @Schema(
              required = true,
              type = SchemaType.STRING,
              format = "decimal",
              example = "75.00",
              description =
                  "A JSON number or numeric string: above 0, at most 2 decimals, below 10^10")
          @NotNull
          @MoneyAmount
          Money.Input amount,
      @Schema(
              required = true,
              example = "EUR",
              description = "3 letters; only EUR (any case) is accepted")
          @NotNull
          @Size(min = 3, max = 3, message = "String should have exactly 3 characters")
          String currency) {

    /** The typed request; only call it once the record passed validation. */
    public IngestCommand toCommand() {
      return new IngestCommand(
          externalId,
          Uuids.parse(userId).orElseThrow(),
          Uuids.parse(merchantId).orElseThrow(),
          amount.toAmount(),
          currency);
    }
  }
}
