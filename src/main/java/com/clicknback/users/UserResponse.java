package com.clicknback.users;

import com.clicknback.shared.time.Timestamps;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as clients see it; the password hash never leaves the server. */
@Schema(name = "User")
public record UserResponse(
    UUID id,
    @Schema(example = "New.User@example.com") String email,
    @Schema(enumeration = {"user", "admin"}) String role,
    boolean active,
    @Schema(example = "2026-11-24T21:56:30.690601Z") String createdAt) {

  static UserResponse of(User user) {
    return new UserResponse(
        user.id(),
        user.email(),
        user.role().value(),
        user.active(),
        Timestamps.utc(user.createdAt()));
  }
}
