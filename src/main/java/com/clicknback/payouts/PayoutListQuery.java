package com.clicknback.payouts;

import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.Dates;
import com.clicknback.shared.web.QueryParams;
import com.clicknback.shared.web.Uuids;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query of the payout lists (spec 09 §5): {@code limit} 1..100 (default 10), {@code offset} ≥ 0
 * (default 0), {@code status}; all problems in one 400 {@code VALIDATION_ERROR} "Invalid query
 * parameters." with the contract's reasons. Admin-only filters are read by {@link #adminFilter}.
 */
public class PayoutListQuery {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  static final String LIMIT_INVALID = "Limit must be a positive integer between 1 and 100.";
  static final String OFFSET_INVALID = "Offset must be a non-negative integer.";
  static final String STATUS_INVALID =
      "Status must be one of: requested, processing, completed, failed.";
  static final String USER_ID_INVALID = "User id must be a valid UUID.";
  static final String DATE_INVALID = "Date must be a valid date in YYYY-MM-DD format.";

  @QueryParam("limit")
  @Parameter(
      description = "How many payouts to return, 1 to 100",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10"))
  String limit;

  @QueryParam("offset")
  @Parameter(
      description = "How many payouts to skip",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
  String offset;

  @QueryParam("status")
  @Parameter(
      description = "Only payouts in this status",
      schema = @Schema(enumeration = {"requested", "processing", "completed", "failed"}))
  String status;

  /** The checked query: page and filter. */
  record Resolved(int offset, int limit, PayoutFilter filter) {
    PageRequest page() {
      return new PageRequest(offset, limit);
    }
  }

  PayoutListQuery() {}

  PayoutListQuery(String limit, String offset, String status) {
    this.limit = limit;
    this.offset = offset;
    this.status = status;
  }

  /** The caller's own payouts. */
  Resolved ownFilter(UUID userId) {
    List<Violation> violations = new ArrayList<>();
    Resolved page = page(violations);
    fail(violations);
    return new Resolved(
        page.offset(), page.limit(), PayoutFilter.ofUser(userId, Optional.ofNullable(status)));
  }

  /** Any user's payouts, optionally one user's and within inclusive UTC days. */
  Resolved adminFilter(String userId, String startDate, String endDate) {
    List<Violation> violations = new ArrayList<>();
    Resolved page = page(violations);
    Optional<UUID> user = Optional.empty();
    if (userId != null) {
      user = Uuids.parse(userId);
      if (user.isEmpty()) {
        violations.add(new Violation("user_id", USER_ID_INVALID));
      }
    }
    Optional<LocalDate> from = date("start_date", startDate, violations);
    Optional<LocalDate> to = date("end_date", endDate, violations);
    fail(violations);
    return new Resolved(
        page.offset(), page.limit(), new PayoutFilter(Optional.ofNullable(status), user, from, to));
  }

  private Resolved page(List<Violation> violations) {
    int resolvedLimit = DEFAULT_LIMIT;
    if (limit != null) {
      resolvedLimit =
          QueryParams.parseInteger(limit).filter(v -> v >= 1 && v <= MAX_LIMIT).orElse(-1);
      if (resolvedLimit < 0) {
        violations.add(new Violation("limit", LIMIT_INVALID));
      }
    }
    int resolvedOffset = 0;
    if (offset != null) {
      resolvedOffset = QueryParams.parseInteger(offset).filter(v -> v >= 0).orElse(-1);
      if (resolvedOffset < 0) {
        violations.add(new Violation("offset", OFFSET_INVALID));
      }
    }
    if (status != null && !Payout.STATUSES.contains(status)) {
      violations.add(new Violation("status", STATUS_INVALID));
    }
    return new Resolved(resolvedOffset, resolvedLimit, null);
  }

  private static Optional<LocalDate> date(String name, String raw, List<Violation> violations) {
    if (raw == null) {
      return Optional.empty();
    }
    Optional<LocalDate> parsed = Dates.parse(raw);
    if (parsed.isEmpty()) {
      violations.add(new Violation(name, DATE_INVALID));
    }
    return parsed;
  }

  private static void fail(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw ErrorResponses.invalidQuery(violations);
    }
  }
}
