package com.clicknback.cashback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The cashback of one purchase ({@code cashback_transactions}, spec 07 §4): its amount is fixed at
 * ingestion and never changes; its status follows the purchase (07 §5).
 */
@Entity
@Table(name = "cashback_transactions")
public class CashbackTransaction {

  /** {@code status} values. */
  public static final String PENDING = "pending";

  public static final String AVAILABLE = "available";
  public static final String REVERSED = "reversed";

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "purchase_id", nullable = false)
  private UUID purchaseId;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected CashbackTransaction() {
    // for JPA
  }

  /** A new {@code pending} cashback of {@code amount} (0.00 included) for a purchase. */
  public CashbackTransaction(
      UUID userId, UUID purchaseId, BigDecimal amount, LocalDateTime createdAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.purchaseId = purchaseId;
    this.amount = amount;
    this.status = PENDING;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public UUID purchaseId() {
    return purchaseId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String status() {
    return status;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  /** The purchase was confirmed: the cashback can be withdrawn. */
  public void makeAvailable() {
    status = AVAILABLE;
  }

  /** The purchase was rejected or reversed. The amount stays as recorded. */
  public void reverse() {
    status = REVERSED;
  }
}
