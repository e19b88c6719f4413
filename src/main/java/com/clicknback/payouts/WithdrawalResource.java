package com.clicknback.payouts;

import com.clicknback.ClickNBackApplication;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.time.Timestamps;
import com.clicknback.shared.web.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The wallet's withdrawal alias of a payout request (spec 09 W3, §4). */
@ApplicationScoped
@Path("/users/wallet/withdraw")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Payouts", description = "Withdrawing available cashback")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class WithdrawalResource {

  @Inject PayoutService payouts;
  @Inject CurrentUser currentUser;

  /** W3 201 body. */
  @Schema(name = "WithdrawalCreated")
  @JsonbPropertyOrder({"id", "status", "amount", "requestedAt"})
  public record WithdrawalOut(
      UUID id,
      @Schema(enumeration = {"requested"}) String status,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "20.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(example = "2026-11-24T21:56:30.690601Z") String requestedAt) {}

  @POST
  @Operation(
      summary = "Withdraw available cashback",
      description =
          "The same operation as POST /api/v1/users/payouts (body {amount, method, details:"
              + " {iban, account_holder}}), with the wallet contract's response and messages.")
  @APIResponse(
      responseCode = "201",
      description = "Requested",
      content = @Content(schema = @Schema(implementation = WithdrawalOut.class)))
  @APIResponse(
      responseCode = "400",
      description = "VALIDATION_ERROR: a bad amount, method or details",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "INSUFFICIENT_BALANCE: the amount is above the available balance",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: the body is not JSON or a field has the wrong JSON type;"
              + " UNPROCESSABLE_ENTITY (\"Withdrawal request violates policy constraints.\"): the withdrawal policy"
              + " (PAYOUT_MIN_AMOUNT, PAYOUT_MONTHLY_LIMIT, PAYOUT_WEEKLY_LIMIT,"
              + " PAYOUT_MIN_INTERVAL_HOURS, each off unless set) refuses the request; one"
              + " sentence per broken rule in details.violations",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response withdraw(PayoutRequests.Create body) {
    Payout payout =
        payouts.request(body, currentUser.get(), PayoutChannel.WALLET_WITHDRAW).payout();
    return Response.status(Response.Status.CREATED)
        .entity(
            new WithdrawalOut(
                payout.id(),
                payout.status(),
                payout.amount(),
                Timestamps.utc(payout.requestedAt())))
        .build();
  }
}
