package com.clicknback.payouts;

import com.clicknback.ClickNBackApplication;
import com.clicknback.payouts.PayoutResponses.CreatedOut;
import com.clicknback.payouts.PayoutResponses.ListOut;
import com.clicknback.payouts.PayoutResponses.PayoutOut;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's payouts (spec 09 PY1, PY2), for users and admins alike. */
@ApplicationScoped
@Path("/users/payouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Payouts", description = "Withdrawing available cashback")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class PayoutResource {

  @Inject PayoutService payouts;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(
      summary = "Request a payout",
      description =
          "Withdraws the amount from the caller's available balance at once (under a wallet row"
              + " lock, so concurrent requests never overdraw) and records a requested payout."
              + " The details are stored but shown back only masked.")
  @APIResponse(
      responseCode = "201",
      description = "Requested",
      content = @Content(schema = @Schema(implementation = CreatedOut.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_ERROR: a bad amount, method or details (an invalid IBAN, missing card"
              + " token), all listed in details.violations",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "INSUFFICIENT_BALANCE: the amount is above the available balance",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: the body is not JSON or a field has the wrong JSON type;"
              + " UNPROCESSABLE_ENTITY (\"Payout request violates withdrawal policy.\"): the withdrawal policy"
              + " (PAYOUT_MIN_AMOUNT, PAYOUT_MONTHLY_LIMIT, PAYOUT_WEEKLY_LIMIT,"
              + " PAYOUT_MIN_INTERVAL_HOURS, each off unless set) refuses the request; one"
              + " sentence per broken rule in details.violations",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response request(PayoutRequests.Create body) {
    PayoutService.Requested requested =
        payouts.request(body, currentUser.get(), PayoutChannel.PAYOUTS);
    return Response.status(Response.Status.CREATED)
        .entity(CreatedOut.of(requested.payout(), requested.details()))
        .build();
  }

  @GET
  @Operation(
      summary = "My payouts",
      description =
          "The caller's payouts, newest request first: {payouts, total} (the payout contracts'"
              + " envelope, spec 09 §5).")
  @APIResponse(
      responseCode = "200",
      description = "The payouts of the page and how many there are in all",
      content = @Content(schema = @Schema(implementation = PayoutListSchema.class)))
  @APIResponse(
      responseCode = "400",
      description = "VALIDATION_ERROR: Invalid query parameters (limit, offset or status)",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public ListOut<PayoutOut> list(@BeanParam PayoutListQuery query) {
    PayoutListQuery.Resolved resolved = query.ownFilter(currentUser.get().id());
    return ListOut.of(payouts.list(resolved.filter(), resolved.page()), PayoutOut::of);
  }

  /** OpenAPI shape of the caller's list. */
  @Schema(name = "PayoutListResponse")
  record PayoutListSchema(
      @Schema(type = SchemaType.ARRAY, implementation = PayoutOut.class) List<PayoutOut> payouts,
      long total) {}
}
