package com.clicknback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1}: tells a client what this is and where the documentation lives. */
@ApplicationScoped
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meta", description = "About the API itself")
public class ApiIndexResource {

  /** Body of the API index. */
  public record ApiIndex(String name, String version, String docs, String openapi, String health) {}

  @GET
  @Operation(summary = "API index", description = "Name, contract version and useful links.")
  public ApiIndex index() {
    return new ApiIndex(
        "ClickNBack API", ClickNBackApplication.API_VERSION, "/openapi/ui", "/openapi", "/health");
  }
}
