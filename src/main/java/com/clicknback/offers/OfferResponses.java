package com.clicknback.offers;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response bodies of the offer endpoints, with the fields in the order of spec 03 §1. {@code
 * cashback_value} is the fixed amount (EUR) of a fixed offer, else the percentage; dates are {@code
 * YYYY-MM-DD}.
 */
public final class OfferResponses {

  private OfferResponses() {}

  /** An offer as created and listed. */
  @Schema(name = "Offer")
  @JsonbPropertyOrder({
    "id",
    "merchantId",
    "cashbackType",
    "cashbackValue",
    "startDate",
    "endDate",
    "monthlyCapPerUser",
    "status"
  })
  public record OfferOut(
      UUID id,
      UUID merchantId,
      @Schema(enumeration = {"percent", "fixed"}) String cashbackType,
      @Schema(example = "10.0") double cashbackValue,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-01")
          LocalDate startDate,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-31") LocalDate endDate,
      @Schema(example = "50.0") double monthlyCapPerUser,
      @Schema(enumeration = {"active", "inactive"}) String status) {

    static OfferOut of(Offer offer) {
      return new OfferOut(
          offer.id(),
          offer.merchantId(),
          offer.cashbackType(),
          offer.cashbackValue(),
          offer.startDate(),
          offer.endDate(),
          offer.monthlyCapPerUser(),
          offer.status());
    }
  }

  /** An offer live today, as users browse them: no status, the merchant by name. */
  @Schema(name = "ActiveOffer")
  @JsonbPropertyOrder({
    "id",
    "merchantName",
    "cashbackType",
    "cashbackValue",
    "monthlyCap",
    "startDate",
    "endDate"
  })
  public record ActiveOfferOut(
      UUID id,
      String merchantName,
      @Schema(enumeration = {"percent", "fixed"}) String cashbackType,
      @Schema(example = "10.0") double cashbackValue,
      @Schema(example = "50.0") double monthlyCap,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-01")
          LocalDate startDate,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-31")
          LocalDate endDate) {

    static ActiveOfferOut of(OfferWithMerchant row) {
      Offer offer = row.offer();
      return new ActiveOfferOut(
          offer.id(),
          row.merchantName(),
          offer.cashbackType(),
          offer.cashbackValue(),
          offer.monthlyCapPerUser(),
          offer.startDate(),
          offer.endDate());
    }
  }

  /** One offer in detail, with its merchant's name and its status. */
  @Schema(name = "OfferDetails")
  @JsonbPropertyOrder({
    "id",
    "merchantName",
    "cashbackType",
    "cashbackValue",
    "monthlyCap",
    "startDate",
    "endDate",
    "status"
  })
  public record OfferDetailsOut(
      UUID id,
      String merchantName,
      @Schema(enumeration = {"percent", "fixed"}) String cashbackType,
      @Schema(example = "10.0") double cashbackValue,
      @Schema(example = "50.0") double monthlyCap,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-01")
          LocalDate startDate,
      @Schema(type = SchemaType.STRING, format = "date", example = "2026-05-31") LocalDate endDate,
      @Schema(enumeration = {"active", "inactive"}) String status) {

    static OfferDetailsOut of(OfferWithMerchant row) {
      Offer offer = row.offer();
      return new OfferDetailsOut(
          offer.id(),
          row.merchantName(),
          offer.cashbackType(),
          offer.cashbackValue(),
          offer.monthlyCapPerUser(),
          offer.startDate(),
          offer.endDate(),
          offer.status());
    }
  }
}
