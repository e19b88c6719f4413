package com.clicknback.purchases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A spend a user reported at a merchant ({@code purchases}, spec 06 §1), with the cashback fixed at
 * ingestion. Status: {@code pending} → {@code confirmed} / {@code rejected} / {@code reversed};
 * {@code confirmed} → {@code reversed}.
 */
@Entity
@Table(name = "purchases")
public class Purchase {

  public static final String PENDING = "pending";
  public static final String CONFIRMED = "confirmed";
  public static final String REJECTED = "rejected";
  public static final String REVERSED = "reversed";

  /** Every status, in the order the spec lists them. */
  public static final List<String> STATUSES = List.of(PENDING, CONFIRMED, REJECTED, REVERSED);

  @Id private UUID id;

  @Column(name = "external_id", nullable = false)
  private String externalId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "merchant_id", nullable = false)
  private UUID merchantId;

  @Column(name = "offer_id")
  private UUID offerId;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "cashback_amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal cashbackAmount;

  /** Verification attempts made by the job so far (spec 10 §5, kept across restarts). */
  @Column(name = "verification_attempts", nullable = false)
  private int verificationAttempts;

  /** The earliest time of the job's next attempt (UTC); null: at once. */
  @Column(name = "next_verification_at")
  private LocalDateTime nextVerificationAt;

  protected Purchase() {
    // for JPA
  }

  /** A new {@code pending} purchase with its cashback. */
  public Purchase(
      String externalId,
      UUID userId,
      UUID merchantId,
      UUID offerId,
      BigDecimal amount,
      String currency,
      BigDecimal cashbackAmount,
      LocalDateTime createdAt) {
    this.id = UUID.randomUUID();
    this.externalId = externalId;
    this.userId = userId;
    this.merchantId = merchantId;
    this.offerId = offerId;
    this.amount = amount;
    this.currency = currency;
    this.status = PENDING;
    this.cashbackAmount = cashbackAmount;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public UUID userId() {
    return userId;
  }

  public UUID merchantId() {
    return merchantId;
  }

  public UUID offerId() {
    return offerId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String status() {
    return status;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public BigDecimal cashbackAmount() {
    return cashbackAmount;
  }

  public int verificationAttempts() {
    return verificationAttempts;
  }

  public LocalDateTime nextVerificationAt() {
    return nextVerificationAt;
  }

  void recordAttempt(int attempts, LocalDateTime nextAttemptAt) {
    this.verificationAttempts = attempts;
    this.nextVerificationAt = nextAttemptAt;
  }

  void setStatus(String status) {
    this.status = status;
  }

  /** A reversed purchase keeps no cashback (spec 06 §8). */
  void clearCashback() {
    this.cashbackAmount = BigDecimal.ZERO.setScale(2);
  }
}
