package com.clicknback.shared.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of every activate/deactivate endpoint (merchants, offers). */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
    @Schema(
            required = true,
            enumeration = {"active", "inactive"})
        @NotNull
        @Pattern(regexp = "active|inactive", message = "Input should be 'active' or 'inactive'")
        String status) {

  public boolean isActive() {
    return "active".equals(status);
  }
}
