package com.clicknback.auth;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;

/**
 * A spent refresh token was presented again. Its family's revocation must be committed even though
 * the request fails, so refresh does not roll back on this exception.
 */
public class TokenRevokedException extends ApiException {

  private static final long serialVersionUID = 1L;

  public TokenRevokedException() {
    super(ErrorCode.TOKEN_REVOKED, "Refresh token has been revoked. Please log in again.");
  }
}
