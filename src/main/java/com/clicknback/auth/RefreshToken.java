package com.clicknback.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored refresh token ({@code refresh_tokens}): only its SHA-256 hash, its family (every token
 * rotated from one login) and its lifecycle. Single use: {@code used_at} is set on rotation.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "rotation_count", nullable = false)
  private int rotationCount;

  protected RefreshToken() {
    // for JPA
  }

  public RefreshToken(
      UUID userId,
      UUID familyId,
      String tokenHash,
      OffsetDateTime issuedAt,
      OffsetDateTime expiresAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.familyId = familyId;
    this.tokenHash = tokenHash;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Used already, or revoked with its family: presenting it again is reuse. */
  public boolean isSpent() {
    return usedAt != null || revokedAt != null;
  }

  public boolean isExpiredAt(OffsetDateTime now) {
    return !now.isBefore(expiresAt);
  }

  /** Rotation: this token can never be used again. */
  public void markUsed(OffsetDateTime now) {
    usedAt = now;
    rotationCount++;
  }

  public UUID userId() {
    return userId;
  }

  public UUID familyId() {
    return familyId;
  }
}
