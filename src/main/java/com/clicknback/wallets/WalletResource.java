package com.clicknback.wallets;

import com.clicknback.ClickNBackApplication;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.web.QueryParams;
import com.clicknback.wallets.WalletResponses.WalletOut;
import com.clicknback.wallets.WalletResponses.WalletTransactionOut;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own wallet (spec 08 W1, W2), for users and admins alike. */
@ApplicationScoped
@Path("/users/me/wallet")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Wallets", description = "The caller's cashback balances and transactions")
@APIResponse(
    responseCode = "401",
    description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
    content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public class WalletResource {

  /** Wallet transactions have fixed paging (spec 00 §6, 08 §5). */
  static final int DEFAULT_LIMIT = 10;

  static final int MAX_LIMIT = 100;

  @Inject WalletService wallets;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(
      summary = "My wallet",
      description =
          "Pending, available and paid balances as 2-decimal strings; all 0.00 before the first"
              + " purchase.")
  @APIResponse(
      responseCode = "200",
      description = "The balances",
      content = @Content(schema = @Schema(implementation = WalletOut.class)))
  public WalletOut summary() {
    return WalletOut.of(wallets.summary(currentUser.get().id()));
  }

  @GET
  @Path("/transactions")
  @Operation(
      summary = "My wallet transactions",
      description =
          "The caller's cashback transactions, newest first, paginated (limit 1 to 100, default"
              + " 10).")
  @APIResponse(
      responseCode = "200",
      description = "A page of transactions: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = WalletTransactionOut.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: a bad page parameter",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<WalletTransactionOut> transactions(@BeanParam PageQuery pageQuery) {
    QueryParams params = new QueryParams();
    PageRequest page = pageQuery.resolve(params, DEFAULT_LIMIT, MAX_LIMIT);
    params.validate();
    return wallets.transactions(currentUser.get().id(), page).map(WalletTransactionOut::of);
  }
}
