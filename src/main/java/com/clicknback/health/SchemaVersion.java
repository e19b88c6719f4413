package com.clicknback.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The id of the newest Liquibase changeset this build expects to find applied. Read from {@code
 * db/changelog/LATEST}, which lives beside the changelogs and is checked against them by a test, so
 * a new migration cannot be forgotten here.
 */
public final class SchemaVersion {

  static final String RESOURCE = "db/changelog/LATEST";

  private SchemaVersion() {}

  /** The expected latest changeset id. */
  public static String expectedLatestChangeset() {
    try (InputStream in = SchemaVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
