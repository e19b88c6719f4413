package com.clicknback.shared.security;

import java.util.UUID;

/** What the auth guard needs to know about a user, read from the database on every request. */
public record Account(UUID id, Role role, boolean active) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
