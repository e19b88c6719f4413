package com.clicknback.payouts;

import com.clicknback.ClickNBackApplication;
import com.clicknback.audit.Actor;
import com.clicknback.payouts.PayoutResponses.AdminPayoutOut;
import com.clicknback.payouts.PayoutResponses.ListOut;
import com.clicknback.payouts.PayoutResponses.ProcessedOut;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin view and processing of every user's payouts (spec 09 PY3, PY4; 99 S1: 403 otherwise). */
@ApplicationScoped
@Path("/admin/payouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Payouts", description = "Withdrawing available cashback")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@APIResponse(
    responseCode = "403",
    description = "FORBIDDEN: not an admin",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class AdminPayoutResource {

  @Inject PayoutService payouts;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(
      summary = "List all payouts (admin)",
      description =
          "Newest request first: {payouts, total}. Filters combine with AND; user_id matches"
              + " exactly, start_date and end_date are inclusive request days (UTC).")
  @APIResponse(
      responseCode = "200",
      description = "The payouts of the page and how many match in all",
      content = @Content(schema = @Schema(implementation = AdminPayoutListSchema.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_ERROR: Invalid query parameters (limit, offset, status, user_id or a date)",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public ListOut<AdminPayoutOut> list(
      @BeanParam PayoutListQuery query,
      @QueryParam("user_id")
          @Parameter(
              description = "Only this user's payouts",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String userId,
      @QueryParam("start_date")
          @Parameter(
              description = "YYYY-MM-DD: requested on or after this day (UTC)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String startDate,
      @QueryParam("end_date")
          @Parameter(
              description = "YYYY-MM-DD: requested on or before this day (UTC)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String endDate) {
    PayoutListQuery.Resolved resolved = query.adminFilter(userId, startDate, endDate);
    return ListOut.of(payouts.list(resolved.filter(), resolved.page()), AdminPayoutOut::of);
  }

  @PATCH
  @Path("/{payout_id}/process")
  @Operation(
      summary = "Process a payout (admin)",
      description =
          "Only a requested payout can be processed, exactly once: completed adds the amount to"
              + " the user's paid balance, failed refunds it to the available balance.")
  @APIResponse(
      responseCode = "200",
      description = "Processed",
      content = @Content(schema = @Schema(implementation = ProcessedOut.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_ERROR: status is not completed or failed, or the payout is already"
              + " processed",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no payout with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: the body is not JSON or status is not a string",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public ProcessedOut process(
      @PathParam("payout_id") String payoutId, PayoutRequests.Process body) {
    return ProcessedOut.of(payouts.process(payoutId, body, Actor.admin(currentUser.get().id())));
  }

  /** OpenAPI shape of the admin list. */
  @Schema(name = "AdminPayoutListResponse")
  record AdminPayoutListSchema(
      @Schema(type = SchemaType.ARRAY, implementation = AdminPayoutOut.class)
          List<AdminPayoutOut> payouts,
      long total) {}
}
