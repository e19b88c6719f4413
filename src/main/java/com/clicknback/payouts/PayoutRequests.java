package com.clicknback.payouts;

import com.clicknback.shared.web.Money;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the payout endpoints. Fields are checked by the service (spec 09 §3: 400 with
 * the contract's reasons), so nothing here is annotated for bean validation; a body that is not
 * JSON or has a wrong type gets the platform's 422.
 */
public final class PayoutRequests {

  private PayoutRequests() {}

  /** PY1 / W3 body (spec 09 §3, §4). */
  @Schema(name = "PayoutRequest")
  public record Create(
      @Schema(
              required = true,
              type = SchemaType.STRING,
              format = "decimal",
              example = "20.00",
              description = "A JSON number or numeric string: above 0, at most 2 decimals")
          Money.Input amount,
      @Schema(
              required = true,
              enumeration = {"bank_transfer", "card"})
          String method,
      @Schema(
              required = true,
              type = SchemaType.OBJECT,
              example =
                  "{\"iban\": \"ES9121000418450200051332\", \"account_holder\": \"Ana Ruiz\"}",
              description =
                  "bank_transfer: iban (a valid SEPA IBAN, mod-97 checked), optional"
                      + " account_holder. card: card_token (the payment provider's token, 8 to"
                      + " 255 characters without spaces; never a card number), optional"
                      + " card_last4 (4 digits). Sensitive: never logged, shown back masked.")
          Map<String, Object> details) {}

  /** PY4 body (spec 09 §6). */
  @Schema(name = "ProcessPayoutRequest")
  public record Process(
      @Schema(
              required = true,
              enumeration = {"completed", "failed"})
          String status) {}
}
