package com.clicknback.shared.security;

import com.clicknback.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's password hasher, as costly as {@code PASSWORD_HASH_ITERATIONS} says. */
@ApplicationScoped
public class PasswordHasherProducer {

  @Produces
  @Singleton
  PasswordHasher passwordHasher(Settings settings) {
    return new PasswordHasher(settings.passwordHashIterations());
  }
}
