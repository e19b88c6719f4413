package com.clicknback.offers;

import com.clicknback.ClickNBackApplication;
import com.clicknback.audit.Actor;
import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.offers.OfferResponses.OfferDetailsOut;
import com.clicknback.offers.OfferResponses.OfferOut;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.web.JsonDocument;
import com.clicknback.shared.web.QueryParams;
import com.clicknback.shared.web.StatusChangeRequest;
import com.clicknback.shared.web.StatusChangeResult;
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

/** Offers (spec 03, 99 M3): admins create and toggle them, every user browses them. */
@ApplicationScoped
@Path("/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Offers", description = "Merchants' cashback rules")
@APIResponse(responseCode = "401", ref = ClickNBackApplication.UNAUTHORIZED)
public class OfferResource {

  @Inject OfferService offers;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;

  @POST
  @AdminOnly
  @Operation(
      summary = "Create an offer (admin)",
      description =
          "The new offer is active. Checks, first failure only: cashback value, start date (today"
              + " in UTC or later), end date (on or after the start), monthly cap; then the"
              + " merchant exists, is active, and has no active offer.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = OfferOut.class)))
  @APIResponse(
      responseCode = "400",
      description = "VALIDATION_ERROR: the first business rule that failed (one violation)",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(responseCode = "403", ref = ClickNBackApplication.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no such merchant",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "ACTIVE_OFFER_ALREADY_EXISTS: the merchant has an active offer",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: malformed JSON, missing or mistyped fields; or MERCHANT_NOT_ACTIVE",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response create(@NotNull @Valid OfferRequests.Create request) {
    Offer offer = offers.create(request.toDraft(), Actor.admin(currentUser.get().id()));
    return Response.status(Response.Status.CREATED).entity(OfferOut.of(offer)).build();
  }

  @GET
  @Operation(
      summary = "List offers",
      description =
          "Every offer, whatever its status, dates or merchant, in creation order, paginated."
              + " date_from keeps offers ending on or after it, date_to offers starting on or"
              + " before it; filters combine with AND.")
  @APIResponse(
      responseCode = "200",
      description = "A page of offers: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = OfferOut.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_ERROR: status is not active or inactive, or date_from is after date_to"
              + " (both listed)",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: a malformed merchant id, date or page parameter",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<OfferOut> list(
      @BeanParam PageQuery pageQuery,
      @QueryParam("status")
          @Parameter(
              description = "active or inactive",
              schema = @Schema(enumeration = {"active", "inactive"}))
          String status,
      @QueryParam("merchant_id")
          @Parameter(
              description = "Only this merchant's offers",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String merchantId,
      @QueryParam("date_from")
          @Parameter(
              description = "YYYY-MM-DD: offers ending on or after it",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String dateFrom,
      @QueryParam("date_to")
          @Parameter(
              description = "YYYY-MM-DD: offers starting on or before it",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String dateTo) {
    QueryParams params = new QueryParams();
    PageRequest page =
        pageQuery.resolve(params, settings.defaultPageSize(), settings.maxPageSize());
    Optional<UUID> merchant = params.uuid("merchant_id", merchantId);
    Optional<LocalDate> from = params.date("date_from", dateFrom);
    Optional<LocalDate> to = params.date("date_to", dateTo);
    params.validate();
    return offers
        .list(new OfferFilter(Optional.ofNullable(status), merchant, from, to), page)
        .map(OfferOut::of);
  }

  @GET
  @Path("/active")
  @Operation(
      summary = "List the offers live today",
      description =
          "Active offers of active merchants whose window holds today's date (UTC), in creation"
              + " order, paginated.")
  @APIResponse(
      responseCode = "200",
      description = "A page of live offers: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = ActiveOfferOut.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: a bad page parameter",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public JsonDocument listLive(@BeanParam PageQuery pageQuery) {
    QueryParams params = new QueryParams();
    PageRequest page =
        pageQuery.resolve(params, settings.defaultPageSize(), settings.maxPageSize());
    params.validate();
    return offers.listLive(page);
  }

  @GET
  @Path("/{offer_id}")
  @Operation(
      summary = "Offer details",
      description =
          "Admins see every offer; other users only active offers of active merchants (dates"
              + " are not checked).")
  @APIResponse(
      responseCode = "200",
      description = "The offer",
      content = @Content(schema = @Schema(implementation = OfferDetailsOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "FORBIDDEN: the offer or its merchant is inactive, and the caller is no admin",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no offer with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public OfferDetailsOut details(@PathParam("offer_id") String offerId) {
    return OfferDetailsOut.of(offers.details(offerId, currentUser.get()));
  }

  @PATCH
  @Path("/{offer_id}/status")
  @AdminOnly
  @Operation(
      summary = "Activate or deactivate an offer (admin)",
      description =
          "Idempotent. Reactivation is refused while the merchant has another active offer.")
  @APIResponse(
      responseCode = "200",
      description = "The stored status",
      content = @Content(schema = @Schema(implementation = StatusChangeResult.class)))
  @APIResponse(responseCode = "403", ref = ClickNBackApplication.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND: no offer with this id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "ACTIVE_OFFER_ALREADY_EXISTS: the merchant has another active offer",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: status is missing or not active/inactive",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public StatusChangeResult setStatus(
      @PathParam("offer_id") String offerId, @NotNull @Valid StatusChangeRequest request) {
    Offer offer =
        offers.setActive(offerId, request.isActive(), Actor.admin(currentUser.get().id()));
    return StatusChangeResult.of(offer.id(), offer.active());
  }
}
