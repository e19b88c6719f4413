package com.clicknback.shared.config;

import java.util.List;

/** One or more settings are missing or invalid; each problem names its variable. */
public class InvalidConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidConfigurationException(List<String> problems) {
    super("Invalid configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
