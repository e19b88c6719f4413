package com.clicknback.shared.errors;

/**
 * Every error the API can answer with: the wire code clients key on and its HTTP status.
 *
 * <p>One wire code can appear with several statuses (spec 00 §4: {@code VALIDATION_ERROR} is 422
 * for schema validation and 400 for business validation), so the constant's name says which case it
 * is and {@link #code()} gives what goes on the wire.
 */
public enum ErrorCode {
  /** Schema validation of body, query or path failed, or the body is not valid JSON. */
  VALIDATION_ERROR("VALIDATION_ERROR", 422),
  /** A business rule rejected otherwise well-formed input. */
  BUSINESS_VALIDATION_ERROR("VALIDATION_ERROR", 400),
  /** Registration password fails a complexity rule. */
  PASSWORD_NOT_COMPLEX_ENOUGH("PASSWORD_NOT_COMPLEX_ENOUGH", 400),
  /** Registration with an email that already has an account. */
  EMAIL_ALREADY_REGISTERED("EMAIL_ALREADY_REGISTERED", 409),
  /** Login with an unknown email or a wrong password (indistinguishable on purpose). */
  INVALID_CREDENTIALS("INVALID_CREDENTIALS", 401),
  /** Missing, malformed, badly signed or wrong-type access token, or its user is gone. */
  INVALID_TOKEN("INVALID_TOKEN", 401),
  /** The access token's {@code exp} has passed. */
  EXPIRED_TOKEN("EXPIRED_TOKEN", 401),
  /** The account exists but is deactivated. */
  USER_INACTIVE("USER_INACTIVE", 401),
  /** A refresh token that is not one of ours, or unusable for another reason. */
  INVALID_REFRESH_TOKEN("INVALID_REFRESH_TOKEN", 401),
  /** A refresh token past its expiry. */
  EXPIRED_REFRESH_TOKEN("EXPIRED_REFRESH_TOKEN", 401),
  /** A refresh token that was already used or whose family was revoked. */
  TOKEN_REVOKED("TOKEN_REVOKED", 401),
  /** Authenticated, but not allowed to do this. */
  FORBIDDEN("FORBIDDEN", 403),
  /** A merchant's default percentage outside 0..MAX_CASHBACK_PERCENTAGE (spec 02: 409). */
  CASHBACK_PERCENTAGE_INVALID("VALIDATION_ERROR", 409),
  /** A merchant with this exact name exists already (99 M2). */
  MERCHANT_ALREADY_EXISTS("MERCHANT_ALREADY_EXISTS", 409),
  /** Offer creation for an inactive merchant (spec 03). */
  MERCHANT_NOT_ACTIVE("MERCHANT_NOT_ACTIVE", 422),
  /** The merchant has an active offer already (spec 03, 99 M3). */
  ACTIVE_OFFER_ALREADY_EXISTS("ACTIVE_OFFER_ALREADY_EXISTS", 409),
  /** A non-global feature flag scope without its scope id (spec 04). */
  FEATURE_FLAG_SCOPE_ID_REQUIRED("FEATURE_FLAG_SCOPE_ID_REQUIRED", 422),
  /** No feature flag with this key and scope (99 M6). */
  FEATURE_FLAG_NOT_FOUND("FEATURE_FLAG_NOT_FOUND", 404),
  /** A purchase with this {@code external_id} exists already (spec 06 §3, NF-IDEM-2). */
  DUPLICATE_PURCHASE("DUPLICATE_PURCHASE", 409),
  /** Purchase ingestion for a missing or inactive user (spec 06 §3). */
  USER_NOT_ELIGIBLE("USER_NOT_ELIGIBLE", 422),
  /** Purchase ingestion at a missing or inactive merchant (spec 06 §3). */
  MERCHANT_NOT_ELIGIBLE("MERCHANT_NOT_ELIGIBLE", 422),
  /** Purchase ingestion while the merchant has no offer live today (spec 06 §3, 07 §2). */
  OFFER_NOT_AVAILABLE("OFFER_NOT_AVAILABLE", 422),
  /** Purchase ingestion in a currency other than EUR (spec 06 §3). */
  UNSUPPORTED_CURRENCY("UNSUPPORTED_CURRENCY", 422),
  /** A purchase list filtered by an unknown status (spec 06 §5). */
  INVALID_PURCHASE_STATUS("INVALID_PURCHASE_STATUS", 422),
  /** Reversal of a purchase that is reversed already (spec 06 §8). */
  PURCHASE_ALREADY_REVERSED("PURCHASE_ALREADY_REVERSED", 400),
  /** Confirmation of a purchase that is not pending (spec 06 §7). */
  PURCHASE_NOT_PENDING("PURCHASE_NOT_PENDING", 400),
  /** Reversal of a rejected purchase (99 M9). */
  PURCHASE_NOT_REVERSIBLE("PURCHASE_NOT_REVERSIBLE", 400),
  /** A payout larger than the caller's available balance (spec 09 §3). */
  INSUFFICIENT_BALANCE("INSUFFICIENT_BALANCE", 409),
  /** A payout request that breaks the withdrawal policy (spec 09 §3). */
  UNPROCESSABLE_ENTITY("UNPROCESSABLE_ENTITY", 422),
  /** An unknown resource or path. */
  NOT_FOUND("NOT_FOUND", 404),
  /** A known path called with a method it does not support. */
  METHOD_NOT_ALLOWED("METHOD_NOT_ALLOWED", 405),
  /** The request body has a media type the endpoint does not read. */
  UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED_MEDIA_TYPE", 415),
  /** The endpoint cannot produce any media type the client accepts. */
  NOT_ACCEPTABLE("NOT_ACCEPTABLE", 406),
  /** The request could not be understood at the HTTP level. */
  BAD_REQUEST("BAD_REQUEST", 400),
  /** The request body is larger than any endpoint accepts. */
  PAYLOAD_TOO_LARGE("PAYLOAD_TOO_LARGE", 413),
  /** Anything unexpected; details carry the request id, never internals. */
  INTERNAL_SERVER_ERROR("INTERNAL_SERVER_ERROR", 500);

  private final String code;
  private final int status;

  ErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The code as it appears in {@code error.code}. */
  public String code() {
    return code;
  }

  /** The HTTP status answered with this error. */
  public int status() {
    return status;
  }
}
