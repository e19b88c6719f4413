package com.clicknback.shared.logging;

import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The application's loggers, at the level {@code LOG_LEVEL} asks for. Liberty gives every logger an
 * explicit level from its trace specification when the logger is created, so a level set on the
 * {@code com.clicknback} parent alone is ignored: the level is set on each application logger
 * instead, on those that exist when it is applied and on every one created afterwards.
 */
public final class AppLoggers {

  static final String PREFIX = "com.clicknback";
  private static volatile Level level;

  private AppLoggers() {}

  /** The logger of a class. */
  public static Logger get(Class<?> type) {
    return get(type.getName());
  }

  /** A named application logger, e.g. {@code com.clicknback.access}. */
  public static Logger get(String name) {
    Logger logger = Logger.getLogger(name);
    Level current = level;
    if (current != null) {
      logger.setLevel(current);
    }
    return logger;
  }

  /** Sets the level of every application logger, now and later. */
  public static void apply(Level newLevel) {
    level = newLevel;
    LogManager manager = LogManager.getLogManager();
    for (String name : Collections.list(manager.getLoggerNames())) {
      if (name.equals(PREFIX) || name.startsWith(PREFIX + ".")) {
        Logger logger = manager.getLogger(name);
        if (logger != null) {
          logger.setLevel(newLevel);
        }
      }
    }
  }
}
