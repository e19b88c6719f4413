package com.clicknback.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tokens of a login or a refresh. */
@Schema(name = "TokenPair")
public record TokenPairResponse(
    @Schema(description = "JWT for the Authorization: Bearer header") String accessToken,
    @Schema(description = "Single-use JWT for POST /api/v1/auth/refresh") String refreshToken,
    @Schema(enumeration = "bearer") String tokenType) {

  static TokenPairResponse of(String accessToken, String refreshToken) {
    return new TokenPairResponse(accessToken, refreshToken, "bearer");
  }
}
