package com.clicknback.shared.config;

import com.clicknback.shared.errors.Causes;
import com.clicknback.shared.logging.AppLoggers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Validates the configuration when the application starts. A missing or invalid setting is logged,
 * naming the variable, and stops the server: running half-configured is worse than not running (a
 * container restarts, an operator sees the message).
 */
@ApplicationScoped
public class StartupConfigurationCheck {

  private static final Logger LOG = AppLoggers.get(StartupConfigurationCheck.class);

  @Inject private Instance<Settings> settings;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      Settings loaded = settings.get();
      AppLoggers.apply(loaded.logLevel());
      LOG.info(() -> "Configuration valid: " + loaded);
    } catch (RuntimeException e) {
      InvalidConfigurationException invalid = findInvalid(e);
      if (invalid == null) {
        throw e;
      }
      for (String problem : invalid.problems()) {
        LOG.log(Level.SEVERE, "Configuration error: {0}", problem);
      }
      LOG.severe("ClickNBack cannot start with this configuration; stopping the server.");
      stopServer();
      throw e;
    }
  }

  private static InvalidConfigurationException findInvalid(Throwable failure) {
    return Causes.find(failure, InvalidConfigurationException.class::isInstance)
        .map(InvalidConfigurationException.class::cast)
        .orElse(null);
  }

  /** Exits from another thread so the server's shutdown does not wait on this start-up. */
  private static void stopServer() {
    Thread exit = new Thread(() -> System.exit(1), "clicknback-config-exit");
    exit.setDaemon(false);
    exit.start();
  }
}
