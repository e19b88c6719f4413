package com.clicknback.audit;

/**
 * What an audit row records (spec 10 §9, 99 M10): the original's actions, plus the admin changes of
 * the catalogue that this implementation also audits.
 */
public enum AuditAction {
  PURCHASE_INGESTED,
  PURCHASE_CONFIRMED,
  PURCHASE_REJECTED,
  PURCHASE_REVERSED,
  CASHBACK_CREDITED,
  WITHDRAWAL_REQUESTED,
  WITHDRAWAL_PROCESSED,
  MERCHANT_CREATED,
  MERCHANT_ACTIVATED,
  MERCHANT_DEACTIVATED,
  OFFER_CREATED,
  OFFER_ACTIVATED,
  OFFER_DEACTIVATED,
  FEATURE_FLAG_SET,
  FEATURE_FLAG_DELETED
}
