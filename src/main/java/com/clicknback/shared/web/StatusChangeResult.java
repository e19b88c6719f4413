package com.clicknback.shared.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an activate/deactivate endpoint answers: the id and the stored status. */
@Schema(name = "StatusChangeResult")
@JsonbPropertyOrder({"id", "status"})
public record StatusChangeResult(
    UUID id, @Schema(enumeration = {"active", "inactive"}) String status) {

  public static StatusChangeResult of(UUID id, boolean active) {
    return new StatusChangeResult(id, active ? "active" : "inactive");
  }
}
