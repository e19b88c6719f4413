package com.clicknback.shared.paging;

import com.clicknback.shared.web.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code offset} and {@code limit} query parameters of every paginated list, taken as text so
 * that a bad value is reported like every other field (422 with the spec's reasons).
 */
public class PageQuery {

  @QueryParam("offset")
  @Parameter(
      description = "How many items to skip",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
  String offset;

  @QueryParam("limit")
  @Parameter(
      description = "How many items to return at most",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
  String limit;

  /** The page asked for, bounds checked; problems are collected in {@code params}. */
  public PageRequest resolve(QueryParams params, int defaultLimit, int maxLimit) {
    int resolvedOffset = params.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
    int resolvedLimit = params.integer("limit", limit, defaultLimit, 1, maxLimit);
    return new PageRequest(resolvedOffset, resolvedLimit);
  }
}
