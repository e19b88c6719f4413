package com.clicknback.health;

import com.clicknback.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the configuration has been read and validated. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {

  @Inject private Settings settings;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("configuration").status(settings != null).build();
  }
}
