package com.clicknback.shared.security;

import jakarta.enterprise.context.RequestScoped;

/** The authenticated account of the current request, set by the auth guard. */
@RequestScoped
public class CurrentUser {

  private Account account;

  /** The caller; only valid on endpoints marked {@link Authenticated} or {@link AdminOnly}. */
  public Account get() {
    if (account == null) {
      throw new IllegalStateException("No authenticated user on this request");
    }
    return account;
  }

  void set(Account account) {
    this.account = account;
  }
}
