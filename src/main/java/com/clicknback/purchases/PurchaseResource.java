package com.clicknback.purchases;

import com.clicknback.ClickNBackApplication;
import com.clicknback.audit.Actor;
import com.clicknback.purchases.PurchaseResponses.AdminPurchaseOut;
import com.clicknback.purchases.PurchaseResponses.PurchaseDetailsOut;
import com.clicknback.purchases.PurchaseResponses.PurchaseStateOut;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.web.QueryParams;
import com.clicknback.shared.web.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Purchases (spec 06): users ingest and read their own; admins list, confirm and reverse them. */
@ApplicationScoped
@Path("/purchases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Purchases", description = "Reported spends and their cashback")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class PurchaseResource {

  /** Purchase lists have fixed paging (spec 00 §6, 06 §5). */
  static final int DEFAULT_LIMIT = 10;

  static final int MAX_LIMIT = 100;

  @Inject PurchaseService purchases;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(
      summary = "Ingest a purchase",
      description =
          "The caller reports their own purchase. The cashback is computed at once from the"
              + " merchant's offer live today, capped by the offer's monthly cap per user, and"
              + " credited to the pending balance in the same transaction. Checks, first failure"
              + " only: own user_id (403), external_id not used yet (409), EUR, user, merchant,"
              + " offer (422).")
  @APIResponse(
      responseCode = "201",
      description = "Ingested, pending",
      content = @Content(schema = @Schema(implementation = PurchaseStateOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: user_id is not the caller's",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "DUPLICATE_PURCHASE: the external_id was processed before",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR (malformed JSON, missing or mistyped fields, a bad amount),"
              + " UNSUPPORTED_CURRENCY, USER_NOT_ELIGIBLE, MERCHANT_NOT_ELIGIBLE or"
              + " OFFER_NOT_AVAILABLE",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response ingest(@NotNull @Valid PurchaseRequests.Ingest request) {
    Purchase purchase = purchases.ingest(request.toCommand(), currentUser.get());
    return Response.status(Response.Status.CREATED).entity(PurchaseStateOut.of(purchase)).build();
  }

  @GET
  @AdminOnly
  @Operation(
      summary = "List all purchases (admin)",
      description =
          "Newest first, paginated (limit 1 to 100, default 10). Filters combine with AND;"
              + " user_id and merchant_id match exactly, start_date and end_date are inclusive"
              + " creation days.")
  @APIResponse(
      responseCode = "200",
      description = "A page of purchases: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = AdminPurchaseOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: not an admin",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: a bad date or page parameter; INVALID_PURCHASE_STATUS: unknown"
              + " status",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<AdminPurchaseOut> list(
      @BeanParam PageQuery pageQuery,
      @QueryParam("status")
          @Parameter(
              description = "Only purchases in this status",
              schema = @Schema(enumeration = {"pending", "confirmed", "rejected", "reversed"}))
          String status,
      @QueryParam("user_id")
          @Parameter(
              description = "Only this user's purchases (exact id)",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String userId,
      @QueryParam("merchant_id")
          @Parameter(
              description = "Only purchases at this merchant (exact id)",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String merchantId,
      @QueryParam("start_date")
          @Parameter(
              description = "YYYY-MM-DD: created on or after this day (UTC)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String startDate,
      @QueryParam("end_date")
          @Parameter(
              description = "YYYY-MM-DD: created on or before this day (UTC)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String endDate) {
    QueryParams params = new QueryParams();
    PageRequest page = pageQuery.resolve(params, DEFAULT_LIMIT, MAX_LIMIT);
    Optional<LocalDate> from = params.date("start_date", startDate);
    Optional<LocalDate> to = params.date("end_date", endDate);
    params.validate();
    Optional<String> statusFilter = Optional.ofNullable(status);
    PurchaseService.checkStatus(statusFilter);
    Optional<UUID> user = Optional.ofNullable(userId).flatMap(Uuids::parsePathId);
    Optional<UUID> merchant = Optional.ofNullable(merchantId).flatMap(Uuids::parsePathId);
    if ((userId != null && user.isEmpty()) || (merchantId != null && merchant.isEmpty())) {
      return Page.of(List.of(), page, 0); // an id no purchase can have: nothing matches
    }
    return purchases
        .list(new PurchaseFilter(statusFilter, user, merchant, from, to), page)
        .map(AdminPurchaseOut::of);
  }

  @GET
  @Path("/{purchase_id}")
  @Operation(
      summary = "Purchase details",
      description = "The owner sees their purchase; admins see every purchase.")
  @APIResponse(
      responseCode = "200",
      description = "The purchase",
      content = @Content(schema = @Schema(implementation = PurchaseDetailsOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: the purchase belongs to another user",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no purchase with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public PurchaseDetailsOut details(@PathParam("purchase_id") String purchaseId) {
    return PurchaseDetailsOut.of(purchases.details(purchaseId, currentUser.get()));
  }

  @POST
  @Path("/{purchase_id}/confirmation")
  @AdminOnly
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Confirm a pending purchase (admin)",
      description =
          "No body (any body is ignored). The cashback moves from pending to available when it"
              + " is above 0.00. Feature flags are not consulted.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content = @Content(schema = @Schema(implementation = PurchaseStateOut.class)))
  @APIResponse(
      responseCode = "400",
      description = "PURCHASE_NOT_PENDING: the purchase is confirmed, rejected or reversed",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: not an admin",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no purchase with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public PurchaseStateOut confirm(@PathParam("purchase_id") String purchaseId) {
    return PurchaseStateOut.of(purchases.confirm(purchaseId, Actor.admin(currentUser.get().id())));
  }

  @PATCH
  @Path("/{purchase_id}/reverse")
  @AdminOnly
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Reverse a purchase (admin)",
      description =
          "No body (any body is ignored). A pending purchase's cashback leaves the pending"
              + " balance, a confirmed one's the available balance; the purchase's cashback"
              + " becomes 0.00. Rejected purchases cannot be reversed.")
  @APIResponse(
      responseCode = "200",
      description = "Reversed",
      content = @Content(schema = @Schema(implementation = PurchaseStateOut.class)))
  @APIResponse(
      responseCode = "400",
      description = "PURCHASE_ALREADY_REVERSED, or PURCHASE_NOT_REVERSIBLE for a rejected purchase",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: not an admin",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no purchase with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public PurchaseStateOut reverse(@PathParam("purchase_id") String purchaseId) {
    return PurchaseStateOut.of(purchases.reverse(purchaseId, Actor.admin(currentUser.get().id())));
  }
}
