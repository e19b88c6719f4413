package com.clicknback.payouts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A withdrawal of available cashback ({@code payouts}, spec 09 §2). Inserted by {@link
 * PayoutRepository#insert} (its JSONB {@code details} are not mapped here, so they are never read
 * back by accident); afterwards only the status and {@code processed_at} change, once.
 */
@Entity
@Table(name = "payouts")
public class Payout {

  public static final String REQUESTED = "requested";
  public static final String PROCESSING = "processing";
  public static final String COMPLETED = "completed";
  public static final String FAILED = "failed";

  /** Every stored status (the list filter accepts these). */
  public static final List<String> STATUSES = List.of(REQUESTED, PROCESSING, COMPLETED, FAILED);

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private String method;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "processed_at")
  private OffsetDateTime processedAt;

  @Column(name = "external_reference")
  private String externalReference;

  protected Payout() {
    // for JPA
  }

  Payout(UUID id, UUID userId, BigDecimal amount, String method, OffsetDateTime requestedAt) {
    this.id = id;
    this.userId = userId;
    this.amount = amount;
    this.status = REQUESTED;
    this.method = method;
    this.requestedAt = requestedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String status() {
    return status;
  }

  public String method() {
    return method;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public OffsetDateTime processedAt() {
    return processedAt;
  }

  public String externalReference() {
    return externalReference;
  }

  /** The one transition a payout makes: from requested to completed or failed, at {@code now}. */
  void process(String outcome, OffsetDateTime now) {
    if (!REQUESTED.equals(status)) {
      throw new IllegalStateException("Payout " + id + " is " + status + ", not requested");
    }
    if (!COMPLETED.equals(outcome) && !FAILED.equals(outcome)) {
      throw new IllegalArgumentException("A payout ends completed or failed, not " + outcome);
    }
    status = outcome;
    processedAt = now;
  }
}
