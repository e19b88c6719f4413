package com.clicknback.auth;

import com.clicknback.shared.validation.EmailAddressFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Login body (JSON, not a form). */
@Schema(name = "LoginRequest")
public record LoginRequest(
    @Schema(example = "New.User@example.com", required = true) @NotNull @EmailAddressFormat
        String email,
    @Schema(example = "Str0ng!Pass", required = true) @NotNull String password) {}
