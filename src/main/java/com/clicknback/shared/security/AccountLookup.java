package com.clicknback.shared.security;

import java.util.Optional;
import java.util.UUID;

/** Finds the account behind a token; implemented by the users feature. */
public interface AccountLookup {

  Optional<Account> findAccount(UUID userId);
}
