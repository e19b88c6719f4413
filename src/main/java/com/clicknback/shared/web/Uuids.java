package com.clicknback.shared.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUIDs as clients may spell them: any case, with or without hyphens (spec 00 §2). A path id that
 * is not a UUID names nothing, so callers answer it like an unknown id (99 D6).
 */
public final class Uuids {

  private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  public static Optional<UUID> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip();
    if (value.length() == 38 && value.startsWith("{") && value.endsWith("}")) {
      value = value.substring(1, 37);
    }
    if (HEX32.matcher(value).matches()) {
      value =
          value.substring(0, 8)
              + "-"
              + value.substring(8, 12)
              + "-"
              + value.substring(12, 16)
              + "-"
              + value.substring(16, 20)
              + "-"
              + value.substring(20);
    }
    if (!CANONICAL.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(value));
  }

  /** A path id: only the exact lower-case canonical form names a resource. */
  public static Optional<UUID> parsePathId(String raw) {
    return parse(raw).filter(id -> id.toString().equals(raw));
  }
}
