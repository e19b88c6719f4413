package com.clicknback.auth;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.errors.UnexpectedErrors;
import com.clicknback.shared.web.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login, token refresh and logout (spec 01 §3–4, 99 S3–S6). */
@ApplicationScoped
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Tokens: login, refresh and logout")
public class AuthResource {

  @Inject AuthService auth;

  @POST
  @Path("/login")
  @Operation(
      summary = "Log in",
      description = "Exchanges email and password for an access token and a refresh token.")
  @APIResponse(
      responseCode = "200",
      description = "Tokens",
      content = @Content(schema = @Schema(implementation = TokenPairResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "INVALID_CREDENTIALS (unknown email or wrong password) or USER_INACTIVE",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public TokenPairResponse login(@NotNull @Valid LoginRequest request) {
    return auth.login(request);
  }

  @POST
  @Path("/refresh")
  @Operation(
      summary = "Refresh tokens",
      description =
          "Spends the refresh token and returns a new pair. A token works once: presenting a"
              + " spent token again revokes every token descending from the same login.")
  @APIResponse(
      responseCode = "200",
      description = "New tokens",
      content = @Content(schema = @Schema(implementation = TokenPairResponse.class)))
  @APIResponse(
      responseCode = "401",
      description =
          "INVALID_REFRESH_TOKEN, EXPIRED_REFRESH_TOKEN, TOKEN_REVOKED (reuse: the family is"
              + " revoked) or USER_INACTIVE",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public TokenPairResponse refresh(@NotNull @Valid RefreshTokenRequest request) {
    try {
      return auth.refresh(request.refreshToken());
    } catch (ApiException e) {
      throw e;
    } catch (RuntimeException e) {
      // Spec 00 §3: an unexpected failure of refresh answers INVALID_REFRESH_TOKEN, not 500.
      UnexpectedErrors.log(e, RequestId.current());
      throw AuthService.invalidRefreshToken();
    }
  }

  @POST
  @Path("/logout")
  @Operation(
      summary = "Log out",
      description =
          "Revokes the refresh token and every token of its family. Idempotent: an unknown or"
              + " already revoked token also answers 204.")
  @APIResponse(responseCode = "204", description = "Logged out")
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response logout(@NotNull @Valid RefreshTokenRequest request) {
    auth.logout(request.refreshToken());
    return Response.noContent().build();
  }
}
