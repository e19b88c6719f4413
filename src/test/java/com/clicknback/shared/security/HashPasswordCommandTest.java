package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HashPasswordCommandTest {

  private InputStream originalIn;
  private PrintStream originalOut;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void captureStreams() {
    originalIn = System.in;
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setIn(originalIn);
    System.setOut(originalOut);
  }

  @Test
  void main_printsAVerifiableHash_onPasswordFromStandardInput() throws Exception {
    // Arrange
    System.setIn(new ByteArrayInputStream("demo1234\n".getBytes(StandardCharsets.UTF_8)));

    // Act
    HashPasswordCommand.main(new String[0]);

    // Assert
    String printed = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(printed)
        .startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.DEFAULT_ITERATIONS + ":");
    assertThat(printed).doesNotContain("demo1234");
    assertThat(new PasswordHasher(1).verify("demo1234", printed)).isTrue();
  }

  @Test
  void main_hashesOnlyTheFirstLine_onInputWithoutTrailingNewline() throws Exception {
    // Arrange
    System.setIn(new ByteArrayInputStream("Sp aces & ünïcode!".getBytes(StandardCharsets.UTF_8)));

    // Act
    HashPasswordCommand.main(new String[0]);

    // Assert
    String printed = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(new PasswordHasher(1).verify("Sp aces & ünïcode!", printed)).isTrue();
  }
}
