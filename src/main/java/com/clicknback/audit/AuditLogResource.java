package com.clicknback.audit;

import com.clicknback.ClickNBackApplication;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ErrorEnvelope;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageQuery;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.AdminOnly;
import com.clicknback.shared.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for admins (99 M8). */
@ApplicationScoped
@Path("/audit-logs")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@SecurityRequirement(name = ClickNBackApplication.BEARER_SCHEME)
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditLogResource {

  @Inject AuditTrail auditTrail;
  @Inject Settings settings;

  @GET
  @Operation(
      summary = "Read the audit trail",
      description = "Newest first. Filters combine with AND; from and to are inclusive, in UTC.")
  @APIResponse(
      responseCode = "200",
      description = "A page of audit rows: {data, pagination: {offset, limit, total}}",
      content = @Content(schema = @Schema(implementation = AuditLogRecord.class)))
  @APIResponse(responseCode = "401", ref = ClickNBackApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ClickNBackApplication.FORBIDDEN)
  @APIResponse(
      responseCode = "422",
      description = "VALIDATION_ERROR: a bad filter or page parameter",
      content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
  public Page<AuditLogRecord> search(
      @QueryParam("action") @Parameter(description = "e.g. MERCHANT_CREATED") String action,
      @QueryParam("resource_type") @Parameter(description = "e.g. merchant") String resourceType,
      @QueryParam("resource_id") String resourceId,
      @QueryParam("actor_id") @Parameter(description = "UUID of the acting user") String actorId,
      @QueryParam("from") @Parameter(description = "ISO-8601 date-time or date, UTC") String from,
      @QueryParam("to") @Parameter(description = "ISO-8601 date-time or date, UTC") String to,
      @BeanParam PageQuery pageQuery) {
    QueryParams params = new QueryParams();
    Optional<LocalDateTime> fromTime = params.utcDateTime("from", from);
    Optional<LocalDateTime> toTime = params.utcDateTime("to", to);
    AuditLogFilter filter =
        new AuditLogFilter(
            Optional.ofNullable(action),
            Optional.ofNullable(resourceType),
            Optional.ofNullable(resourceId),
            params.uuid("actor_id", actorId),
            fromTime,
            toTime);
    PageRequest page =
        pageQuery.resolve(params, settings.defaultPageSize(), settings.maxPageSize());
    params.validate();
    return auditTrail.search(filter, page);
  }
}
