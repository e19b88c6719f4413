package com.clicknback.featureflags;

import com.clicknback.ClickNBackApplication;
import com.clicknback.audit.Actor;
import com.clicknback.featureflags.FeatureFlagResponses.EvaluationOut;
import com.clicknback.featureflags.FeatureFlagResponses.FeatureFlagOut;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.security.CurrentUser;
import com.clicknback.shared.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** Admin management and evaluation of feature flags (spec 04, 99 M5, M6). */
@ApplicationScoped
@Path("/feature-flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(
    name = "Feature flags",
    description =
        "Runtime switches by key and scope (global, merchant or user); a flag without any record"
            + " is on (admin only)")
@APIResponse(responseCode = "401", ref = ClickNBackApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ClickNBackApplication.FORBIDDEN)
public class FeatureFlagResource {

  private static final String KEY_DESCRIPTION = "Flag key, e.g. purchase_auto_confirm";
  private static final String SCOPE_ID_DESCRIPTION =
      "The merchant or user id (any UUID spelling); required unless the scope is global";

  @Inject FeatureFlagService flags;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;

  @PUT
  @Path("/{key}")
  @Operation(
      summary = "Set a feature flag",
      description =
          "Creates or updates the record of this key and scope. On update, a null description"
              + " keeps the stored one, and updated_at moves only when a value changes. The key"
              + " is 1 to 100 characters of lower-case snake_case starting with a letter.")
  @APIResponse(
      responseCode = "200",
      description = "The stored record, created or updated",
      content = @Content(schema = @Schema(implementation = FeatureFlagOut.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: malformed JSON, missing or mistyped fields, a malformed key"
              + " (details {key}) or a global scope with a scope_id (details {scope_type,"
              + " scope_id}); FEATURE_FLAG_SCOPE_ID_REQUIRED: a merchant or user scope without"
              + " scope_id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public FeatureFlagOut set(
      @PathParam("key") @Parameter(description = KEY_DESCRIPTION) String key,
      @NotNull @Valid FeatureFlagRequests.Set request) {
    return FeatureFlagOut.of(flags.set(key, request, Actor.admin(currentUser.get().id())));
  }

  @GET
  @Operation(
      summary = "List feature flags",
      description = "Newest first, paginated. Filters are exact matches and combine with AND.")
  @APIResponse(
      responseCode = "200",
      description = "A page of flag records: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = FeatureFlagOut.class)))
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: a scope_id that is not a UUID, or a bad page parameter",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<FeatureFlagOut> list(
      @QueryParam("key") @Parameter(description = "Exact key") String key,
      @QueryParam("scope_type")
          @Parameter(description = "Exact scope type; an unknown one matches nothing")
          String scopeType,
      @QueryParam("scope_id")
          @Parameter(
              description = "Exact scope id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String scopeId,
      @BeanParam PageQuery pageQuery) {
    QueryParams params = new QueryParams();
    FeatureFlagFilter filter =
        new FeatureFlagFilter(
            Optional.ofNullable(key),
            Optional.ofNullable(scopeType),
            params.uuid("scope_id", scopeId));
    PageRequest page =
        pageQuery.resolve(params, settings.defaultPageSize(), settings.maxPageSize());
    params.validate();
    return flags.list(filter, page).map(FeatureFlagOut::of);
  }

  @GET
  @Path("/{key}/evaluate")
  @Operation(
      summary = "Evaluate a feature flag",
      description =
          "Whether the flag is on for a scope: the record of that exact scope (user or"
              + " merchant), else the global record, else on (fail-open). Any key may be"
              + " evaluated; global ignores scope_id.")
  @APIResponse(
      responseCode = "200",
      description = "The resolved value",
      content = @Content(schema = @Schema(implementation = EvaluationOut.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: a scope_id that is not a UUID; FEATURE_FLAG_SCOPE_ID_REQUIRED: a"
              + " non-global scope_type without scope_id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public EvaluationOut evaluate(
      @PathParam("key") @Parameter(description = KEY_DESCRIPTION) String key,
      @QueryParam("scope_type")
          @Parameter(
              description = "global (default), merchant or user",
              schema = @Schema(type = SchemaType.STRING, defaultValue = FlagScope.GLOBAL))
          String scopeType,
      @QueryParam("scope_id")
          @Parameter(
              description = SCOPE_ID_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String scopeId) {
    QueryParams params = new QueryParams();
    Optional<UUID> id = params.uuid("scope_id", scopeId);
    params.validate();
    String type = scopeType == null ? FlagScope.GLOBAL : scopeType;
    return new EvaluationOut(key, flags.evaluate(key, type, id));
  }

  @DELETE
  @Path("/{key}")
  @Operation(
      summary = "Delete a feature flag",
      description =
          "Deletes the record of this key and exact scope; evaluation then falls back to the"
              + " next scope.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "FEATURE_FLAG_NOT_FOUND: no record of this key and scope",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "VALIDATION_ERROR: scope_type missing or unknown, a scope_id that is not a UUID, or a"
              + " global scope with a scope_id; FEATURE_FLAG_SCOPE_ID_REQUIRED: a merchant or user"
              + " scope without scope_id",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Response delete(
      @PathParam("key") @Parameter(description = KEY_DESCRIPTION) String key,
      @QueryParam("scope_type")
          @Parameter(
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {FlagScope.GLOBAL, FlagScope.MERCHANT, FlagScope.USER}))
          String scopeType,
      @QueryParam("scope_id")
          @Parameter(
              description = SCOPE_ID_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String scopeId) {
    QueryParams params = new QueryParams();
    if (scopeType == null) {
      params.reject("scope_type", "Field required");
    } else if (!scopeType.matches(FlagScope.TYPE_PATTERN)) {
      params.reject("scope_type", FlagScope.TYPE_REASON);
    }
    Optional<UUID> id = params.uuid("scope_id", scopeId);
    params.validate();
    flags.delete(key, scopeType, id, Actor.admin(currentUser.get().id()));
    return Response.noContent().build();
  }
}
