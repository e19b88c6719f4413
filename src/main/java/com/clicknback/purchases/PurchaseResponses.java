package com.clicknback.purchases;

import com.clicknback.shared.time.Timestamps;
import com.clicknback.shared.web.Money;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response bodies of the purchase endpoints (spec 06); money as 2-decimal strings, {@code
 * created_at} as a timestamp without offset.
 */
public final class PurchaseResponses {

  private PurchaseResponses() {}

  /** What ingestion, confirmation and reversal answer: the purchase's new state. */
  @Schema(name = "PurchaseState")
  @JsonbPropertyOrder({"id", "status", "cashbackAmount"})
  public record PurchaseStateOut(
      UUID id,
      @Schema(enumeration = {"pending", "confirmed", "rejected", "reversed"}) String status,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "3.75")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal cashbackAmount) {

    static PurchaseStateOut of(Purchase purchase) {
      return new PurchaseStateOut(purchase.id(), purchase.status(), purchase.cashbackAmount());
    }
  }

  /** A purchase as its owner sees it. {@code cashback_status} is always null (spec 06 §4). */
  @Schema(name = "PurchaseDetails")
  @JsonbPropertyOrder({
    "id",
    "merchantName",
    "amount",
    "status",
    "cashbackAmount",
    "cashbackStatus",
    "createdAt"
  })
  public record PurchaseDetailsOut(
      UUID id,
      String merchantName,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "50.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(enumeration = {"pending", "confirmed", "rejected", "reversed"}) String status,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "2.50")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal cashbackAmount,
      @Schema(nullable = true, description = "Always null") String cashbackStatus,
      @Schema(example = "2026-03-01T10:00:00.123456") String createdAt) {

    static PurchaseDetailsOut of(PurchaseWithMerchant row) {
      Purchase purchase = row.purchase();
      return new PurchaseDetailsOut(
          purchase.id(),
          row.merchantName(),
          purchase.amount(),
          purchase.status(),
          purchase.cashbackAmount(),
          null,
          Timestamps.local(purchase.createdAt()));
    }
  }

  /** A purchase in the admin list: no cashback fields. */
  @Schema(name = "AdminPurchase")
  @JsonbPropertyOrder({
    "id",
    "externalId",
    "userId",
    "merchantId",
    "offerId",
    "amount",
    "currency",
    "status",
    "createdAt"
  })
  public record AdminPurchaseOut(
      UUID id,
      String externalId,
      UUID userId,
      UUID merchantId,
      @Schema(nullable = true) UUID offerId,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "150.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(example = "EUR") String currency,
      @Schema(enumeration = {"pending", "confirmed", "rejected", "reversed"}) String status,
      @Schema(example = "2026-03-01T10:00:00.123456") String createdAt) {

    static AdminPurchaseOut of(Purchase purchase) {
      return new AdminPurchaseOut(
          purchase.id(),
          purchase.externalId(),
          purchase.userId(),
          purchase.merchantId(),
          purchase.offerId(),
          purchase.amount(),
          purchase.currency(),
          purchase.status(),
          Timestamps.local(purchase.createdAt()));
    }
  }
}
