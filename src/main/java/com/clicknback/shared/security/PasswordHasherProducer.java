package com.clicknback.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's password hasher; {@code PASSWORD_HASH_ITERATIONS} tunes its cost. */
@ApplicationScoped
public class PasswordHasherProducer {

  @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
  @jakarta.inject.Inject
  int iterations;

  @Produces
  @Singleton
  PasswordHasher passwordHasher() {
    return new PasswordHasher(iterations);
  }
}
