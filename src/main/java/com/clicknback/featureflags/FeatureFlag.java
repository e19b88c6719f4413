package com.clicknback.featureflags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A runtime switch ({@code feature_flags}, spec 04 §1): one record per key and scope, the scope
 * being global (no id), one merchant or one user.
 */
@Entity
@Table(name = "feature_flags")
public class FeatureFlag {

  @Id private UUID id;

  // "key" is a JPQL keyword, so the attribute has another name.
  @Column(name = "key", nullable = false)
  private String flagKey;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "scope_type", nullable = false)
  private String scopeType;

  @Column(name = "scope_id")
  private UUID scopeId;

  @Column private String description;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected FeatureFlag() {
    // for JPA
  }

  /** A new record; both timestamps are its creation time. */
  public FeatureFlag(
      String key, FlagScope scope, boolean enabled, String description, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.flagKey = key;
    this.scopeType = scope.type();
    this.scopeId = scope.id();
    this.enabled = enabled;
    this.description = description;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String key() {
    return flagKey;
  }

  public boolean enabled() {
    return enabled;
  }

  public FlagScope scope() {
    return new FlagScope(scopeType, scopeId);
  }

  public String description() {
    return description;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /**
   * Sets {@code enabled}, and the description when one is given (null keeps the stored one). The
   * update time moves only when a value actually changes (spec 04 §2 step 6a).
   *
   * @return whether anything changed
   */
  boolean update(boolean newEnabled, String newDescription, OffsetDateTime now) {
    boolean changed =
        enabled != newEnabled
            || (newDescription != null && !Objects.equals(description, newDescription));
    if (changed) {
      enabled = newEnabled;
      if (newDescription != null) {
        description = newDescription;
      }
      updatedAt = now;
    }
    return changed;
  }
}
