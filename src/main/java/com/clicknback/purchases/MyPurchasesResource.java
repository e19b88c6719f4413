package com.clicknback.purchases;

import com.clicknback.ClickNBackApplication;
import com.clicknback.purchases.PurchaseResponses.PurchaseDetailsOut;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own purchases (spec 06 P3). */
@ApplicationScoped
@Path("/users/me/purchases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Purchases")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class MyPurchasesResource {

  @Inject PurchaseService purchases;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(
      summary = "My purchases",
      description = "Newest first, paginated (limit 1 to 100, default 10).")
  @APIResponse(
      responseCode = "200",
      description = "A page of purchases: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = PurchaseDetailsOut.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: a bad page parameter; INVALID_PURCHASE_STATUS: unknown status",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<PurchaseDetailsOut> list(
      @BeanParam PageQuery pageQuery,
      @QueryParam("status")
          @Parameter(
              description = "Only purchases in this status",
              schema = @Schema(enumeration = {"pending", "confirmed", "rejected", "reversed"}))
          String status) {
    QueryParams params = new QueryParams();
    PageRequest page =
        pageQuery.resolve(params, PurchaseResource.DEFAULT_LIMIT, PurchaseResource.MAX_LIMIT);
    params.validate();
    return purchases
        .listOwn(currentUser.get().id(), Optional.ofNullable(status), page)
        .map(PurchaseDetailsOut::of);
  }
}
