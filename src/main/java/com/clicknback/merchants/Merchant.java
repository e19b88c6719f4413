package com.clicknback.merchants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner shop ({@code merchants}); names are unique (99 M2). */
@Entity
@Table(name = "merchants")
public class Merchant {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "default_cashback_percentage", nullable = false)
  private double defaultCashbackPercentage;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Merchant() {
    // for JPA
  }

  public Merchant(
      String name, double defaultCashbackPercentage, boolean active, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.defaultCashbackPercentage = defaultCashbackPercentage;
    this.active = active;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public double defaultCashbackPercentage() {
    return defaultCashbackPercentage;
  }

  public boolean active() {
    return active;
  }

  void setActive(boolean active) {
    this.active = active;
  }
}
