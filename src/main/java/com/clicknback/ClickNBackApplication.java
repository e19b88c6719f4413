package com.clicknback;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
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
            license = @License(name = "MIT")))
@SecurityScheme(
    securitySchemeName = ClickNBackApplication.BEARER_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token from POST /api/v1/auth/login or /api/v1/auth/refresh.")
public class ClickNBackApplication extends Application {

  /** Version of the API contract, shown in the OpenAPI document and the API index. */
  public static final String API_VERSION = "1.0.0";

  /** Name of the OpenAPI security scheme that protected endpoints reference. */
  public static final String BEARER_SCHEME = "bearerAuth";
}
