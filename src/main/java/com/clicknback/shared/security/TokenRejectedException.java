package com.clicknback.shared.security;

/** A token that cannot be used: expired (but authentic), or invalid for any other reason. */
public class TokenRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean expired;

  TokenRejectedException(boolean expired) {
    super(expired ? "token expired" : "token invalid", null, false, false);
    this.expired = expired;
  }

  public boolean isExpired() {
    return expired;
  }
}
