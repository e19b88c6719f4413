package com.clicknback.merchants;

import com.clicknback.ClickNBackApplication;
import com.clicknback.audit.Actor;
import com.clicknback.merchants.MerchantResponses.MerchantOut;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.security.CurrentUser;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin management of merchants (spec 02). */
@ApplicationScoped
@Path("/merchants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Merchants", description = "Partner shops (admin only)")
@APIResponse(responseCode = "401", ref = ClickNBackApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ClickNBackApplication.FORBIDDEN)
@APIResponse(
    responseCode = "422",
    description = "VALIDATION_ERROR: malformed JSON, missing or mistyped fields",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class MerchantResource {

  @Inject MerchantService merchants;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;

  @POST
  @Operation(summary = "Create a merchant", description = "Names are unique (exact match).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = MerchantOut.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "MERCHANT_ALREADY_EXISTS, or VALIDATION_ERROR for a percentage outside 0 to"
              + " MAX_CASHBACK_PERCENTAGE",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response create(@NotNull @Valid MerchantRequests.Create request) {
    Merchant merchant = merchants.create(request, Actor.admin(currentUser.get().id()));
    return Response.status(Response.Status.CREATED).entity(MerchantOut.of(merchant)).build();
  }

  @GET
  @Operation(summary = "List merchants", description = "In creation order, paginated.")
  @APIResponse(
      responseCode = "200",
      description = "A page of merchants: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = MerchantOut.class)))
  public Page<MerchantOut> list(
      @QueryParam("active")
          @Parameter(
              description = "true: active only; false: inactive only",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String active,
      @BeanParam PageQuery pageQuery) {
    QueryParams params = new QueryParams();
    Optional<Boolean> activeFilter = params.bool("active", active);
    PageRequest page =
        pageQuery.resolve(params, settings.defaultPageSize(), settings.maxPageSize());
    params.validate();
    return merchants.list(activeFilter, page).map(MerchantOut::of);
  }

  @PATCH
  @Path("/{merchant_id}/status")
  @Operation(summary = "Activate or deactivate a merchant", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "The stored status",
      content = @Content(schema = @Schema(implementation = StatusChangeResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "NOT_FOUND",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public StatusChangeResult setStatus(
      @PathParam("merchant_id") String merchantId, @NotNull @Valid StatusChangeRequest request) {
    Merchant merchant =
        merchants.setActive(merchantId, request.isActive(), Actor.admin(currentUser.get().id()));
    return StatusChangeResult.of(merchant.id(), merchant.active());
  }
}
