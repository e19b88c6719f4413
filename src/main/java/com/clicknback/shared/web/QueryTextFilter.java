package com.clicknback.shared.web;

import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.Violation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters holding a NUL character are refused with the schema 422 (spec 00 §5.1) before
 * any endpoint reads them: PostgreSQL cannot compare such a text, so a free-text filter would
 * otherwise fail inside the query. Runs after the auth guard, as schema validation does (00 §5.3).
 */
@Provider
@Priority(Priorities.USER)
public class QueryTextFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<Violation> violations = new ArrayList<>();
    request
        .getUriInfo()
        .getQueryParameters()
        .forEach(
            (name, values) -> {
              if (values.stream().anyMatch(JsonStrings::hasNul)) {
                violations.add(new Violation(name, JsonStrings.NUL_CHARACTER));
              }
            });
    if (!violations.isEmpty()) {
      request.abortWith(ErrorResponses.requestValidation(violations));
    }
  }
}
