package com.clicknback.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the settings once, through MicroProfile Config (environment variables win). */
@ApplicationScoped
public class SettingsProducer {

  /** A record cannot be proxied, so the settings are a singleton rather than application-scoped. */
  @Produces
  @Singleton
  Settings settings() {
    Config config = ConfigProvider.getConfig();
    return SettingsParser.parse(name -> config.getOptionalValue(name, String.class));
  }
}
