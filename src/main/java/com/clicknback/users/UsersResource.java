package com.clicknback.users;

import com.clicknback.ClickNBackApplication;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.security.Authenticated;
import com.clicknback.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration and the caller's own profile (spec 01, 99 M1). */
@ApplicationScoped
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Registration and the current user")
public class UsersResource {

  @Inject UserService users;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(
      summary = "Register a user",
      description =
          "Creates an active account with role user. Unknown fields, role and active included,"
              + " are ignored. No token is returned: log in next.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "PASSWORD_NOT_COMPLEX_ENOUGH: the first password rule that failed",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "409",
      description = "EMAIL_ALREADY_REGISTERED",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: missing fields, invalid email or malformed JSON",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response register(@NotNull @Valid RegisterUserRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(UserResponse.of(users.register(request)))
        .build();
  }

  @GET
  @Path("/me")
  @Authenticated
  @SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
  @Operation(summary = "The current user", description = "The account of the access token.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's account",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "401", ref = ClickNBackApplication.UNAUTHORIZED)
  public UserResponse me() {
    return UserResponse.of(users.get(currentUser.get().id()));
  }
}
