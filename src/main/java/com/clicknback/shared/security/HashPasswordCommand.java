package com.clicknback.shared.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the stored form of a password for seed files, which must never carry plain passwords.
 * Reads the password from standard input (not the command line, which other users and the shell
 * history can see): {@code echo -n 'demo1234' | make hash-password}.
 */
public final class HashPasswordCommand {

  private HashPasswordCommand() {}

  public static void main(String[] args) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String password = in.readLine();
    if (password == null || password.isEmpty()) {
      System.err.println("hash-password: give the password on standard input");
      System.exit(2);
    }
    System.out.println(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(password));
  }
}
