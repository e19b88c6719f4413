package com.clicknback.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppLoggersTest {

  @AfterEach
  void restoreInfo() {
    AppLoggers.apply(Level.INFO);
  }

  @Test
  void apply_setsLevelOnExistingAppLoggers_onlyUnderAppPrefix() {
    // Arrange
    Logger existing = Logger.getLogger("com.clicknback.test.existing");
    existing.setLevel(Level.INFO);
    Logger foreign = Logger.getLogger("org.example.test.foreign");
    foreign.setLevel(Level.INFO);

    // Act
    AppLoggers.apply(Level.WARNING);

    // Assert
    assertThat(existing.getLevel()).isEqualTo(Level.WARNING);
    assertThat(foreign.getLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void get_givesLaterLoggersTheAppliedLevel_afterApply() {
    // Arrange
    AppLoggers.apply(Level.SEVERE);

    // Act
    Logger later = AppLoggers.get("com.clicknback.test.later");

    // Assert
    assertThat(later.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(later.isLoggable(Level.WARNING)).isFalse();
  }
}
