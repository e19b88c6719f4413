package com.clicknback.users;

import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered user ({@code users}). Registration makes active users with role user. */
@Entity
@Table(name = "users")
public class User {

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "hashed_password", nullable = false)
  private String hashedPassword;

  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected User() {
    // for JPA
  }

  /** A newly registered, active user with role user. */
  public static User register(String email, String hashedPassword, OffsetDateTime now) {
    User user = new User();
    user.id = UUID.randomUUID();
    user.email = email;
    user.hashedPassword = hashedPassword;
    user.role = Role.USER;
    user.active = true;
    user.createdAt = now;
    return user;
  }

  public Account account() {
    return new Account(id, role, active);
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String hashedPassword() {
    return hashedPassword;
  }

  public Role role() {
    return role;
  }

  public boolean active() {
    return active;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
