package com.clicknback.auth;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of refresh and logout: the refresh token. */
@Schema(name = "RefreshTokenRequest")
public record RefreshTokenRequest(@Schema(required = true) @NotNull String refreshToken) {}
