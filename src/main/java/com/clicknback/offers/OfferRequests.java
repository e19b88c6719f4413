package com.clicknback.offers;

import com.clicknback.shared.validation.LocalDateFormat;
import com.clicknback.shared.validation.UuidFormat;
import com.clicknback.shared.web.Dates;
import com.clicknback.shared.web.Uuids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the offer endpoints. */
public final class OfferRequests {

  private OfferRequests() {}

  /**
   * Create body (spec 03 §2). Ids and dates are read as text so that every schema problem is listed
   * in one 422; {@link #toDraft()} types them once they are valid.
   */
  @Schema(name = "CreateOfferRequest")
  public record Create(
      @Schema(
              required = true,
              format = "uuid",
              example = "3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51",
              description = "Any standard UUID spelling; stored lower-case")
          @NotNull
          @UuidFormat
          String merchantId,
      @Schema(
              required = true,
              enumeration = {"percent", "fixed"})
          @NotNull
          @Pattern(regexp = "percent|fixed", message = "Input should be 'percent' or 'fixed'")
          String cashbackType,
      @Schema(
              required = true,
              example = "10.0",
              description =
                  "percent: more than 0, at most MAX_CASHBACK_PERCENTAGE; fixed: EUR, more than 0")
          @NotNull
          Double cashbackValue,
      @Schema(
              required = true,
              type = SchemaType.STRING,
              format = "date",
              example = "2026-05-01",
              description = "YYYY-MM-DD (or a midnight date-time), today (UTC) or later")
          @NotNull
          @LocalDateFormat
          String startDate,
      @Schema(
              required = true,
              type = SchemaType.STRING,
              format = "date",
              example = "2026-05-31",
              description = "Inclusive; on or after start_date")
          @NotNull
          @LocalDateFormat
          String endDate,
      @Schema(required = true, example = "50.0", description = "More than 0") @NotNull
          Double monthlyCap) {

    /** The typed request; only call it once the record passed validation. */
    public OfferDraft toDraft() {
      return new OfferDraft(
          Uuids.parse(merchantId).orElseThrow(),
          "fixed".equals(cashbackType),
          cashbackValue,
          Dates.parse(startDate).orElseThrow(),
          Dates.parse(endDate).orElseThrow(),
          monthlyCap);
    }
  }
}
