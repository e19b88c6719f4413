package com.clicknback;

import com.clicknback.shared.errors.ErrorEnvelope;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every business endpoint lives under {@code /api/v1}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ClickNBack API",
            version = ClickNBackApplication.API_VERSION,
            description =
                "Cashback platform: users report purchases at partner merchants, a background job"
                    + " verifies them, and cashback moves through wallets (pending, available,"
                    + " paid) until it is paid out. Every error uses the envelope"
                    + " {\"error\": {\"code\", \"message\", \"details\"}}; money is a decimal"
                    + " string with two places.",
            license = @License(name = "MIT")),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = ClickNBackApplication.UNAUTHORIZED,
                  responseCode = "401",
                  description = "INVALID_TOKEN, EXPIRED_TOKEN or USER_INACTIVE",
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = ErrorEnvelope.class))),
              @APIResponse(
                  name = ClickNBackApplication.FORBIDDEN,
                  responseCode = "403",
                  description = "FORBIDDEN: not an admin",
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = ErrorEnvelope.class)))
            }))
@SecurityScheme(
    securitySchemeName = ClickNBackApplication.BEARER_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token from POST /api/v1/auth/login or /api/v1/auth/refresh.")
public class ClickNBackApplication extends Application {

  /** Version of the API contract, shown in the OpenAPI document and the API index. */
  public static final String API_VERSION = "1.0.0";

  /**
   * Shared OpenAPI responses that endpoints reference instead of repeating them:
   * {@code @APIResponse(responseCode = "401", ref = "Unauthorized")} and {@code "Forbidden"}.
   */
  public static final String UNAUTHORIZED = "Unauthorized";

  public static final String FORBIDDEN = "Forbidden";

  /** Name of the OpenAPI security scheme that protected endpoints reference. */
  public static final String BEARER_SCHEME = "bearerAuth";
}
