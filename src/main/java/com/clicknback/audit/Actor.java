package com.clicknback.audit;

import java.util.Locale;
import java.util.UUID;

/** Who did it: an admin or a user (by id), or the system (no id). */
public record Actor(Type type, UUID id) {

  /** {@code actor_type} values. */
  public enum Type {
    SYSTEM,
    ADMIN,
    USER;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Actor {
    if ((type == Type.SYSTEM) != (id == null)) {
      throw new IllegalArgumentException("The system actor has no id; every other actor has one");
    }
  }

  public static Actor admin(UUID id) {
    return new Actor(Type.ADMIN, id);
  }

  public static Actor user(UUID id) {
    return new Actor(Type.USER, id);
  }

  public static Actor system() {
    return new Actor(Type.SYSTEM, null);
  }
}
