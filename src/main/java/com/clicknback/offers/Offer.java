package com.clicknback.offers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A merchant's cashback rule ({@code offers}, spec 03 §1): a percentage, or a fixed amount (then
 * {@code percentage} is 0.0), over an inclusive date window. At most one offer of a merchant is
 * active (99 M3, partial unique index).
 */
@Entity
@Table(name = "offers")
public class Offer {

  @Id private UUID id;

  @Column(name = "merchant_id", nullable = false)
  private UUID merchantId;

  @Column(nullable = false)
  private double percentage;

  @Column(name = "fixed_amount")
  private Double fixedAmount;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "monthly_cap_per_user", nullable = false)
  private double monthlyCapPerUser;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Offer() {
    // for JPA
  }

  private Offer(
      UUID merchantId,
      double percentage,
      Double fixedAmount,
      LocalDate startDate,
      LocalDate endDate,
      double monthlyCapPerUser,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.merchantId = merchantId;
    this.percentage = percentage;
    this.fixedAmount = fixedAmount;
    this.startDate = startDate;
    this.endDate = endDate;
    this.monthlyCapPerUser = monthlyCapPerUser;
    this.active = true;
    this.createdAt = now;
  }

  /** A new, active offer: a percentage, or a fixed amount (stored with percentage 0.0). */
  public static Offer create(
      UUID merchantId,
      boolean fixed,
      double value,
      LocalDate startDate,
      LocalDate endDate,
      double monthlyCap,
      OffsetDateTime now) {
    return fixed
        ? new Offer(merchantId, 0.0, value, startDate, endDate, monthlyCap, now)
        : new Offer(merchantId, value, null, startDate, endDate, monthlyCap, now);
  }

  public UUID id() {
    return id;
  }

  public UUID merchantId() {
    return merchantId;
  }

  public double percentage() {
    return percentage;
  }

  /** The fixed amount, or null for a percentage offer. */
  public Double fixedAmount() {
    return fixedAmount;
  }

  /** A fixed amount wins over the percentage (spec 03 §1, 07 §1). */
  public boolean isFixed() {
    return fixedAmount != null;
  }

  /** {@code fixed} or {@code percent}. */
  public String cashbackType() {
    return isFixed() ? "fixed" : "percent";
  }

  /** The fixed amount if set, else the percentage. */
  public double cashbackValue() {
    return isFixed() ? fixedAmount : percentage;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public double monthlyCapPerUser() {
    return monthlyCapPerUser;
  }

  public boolean active() {
    return active;
  }

  /** {@code active} or {@code inactive}. */
  public String status() {
    return active ? "active" : "inactive";
  }

  void setActive(boolean active) {
    this.active = active;
  }
}
