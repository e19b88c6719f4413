package com.clicknback.shared.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes (spec 99 S7) in the string format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:<iterations>:<salt base64>:<hash
 * base64>}. The parameters live in the string, so raising the iteration count later keeps old
 * hashes verifiable. Plain JDK code, so the seed tool can use it outside the server too.
 */
public final class PasswordHasher {

  public static final int DEFAULT_ITERATIONS = 210_000;
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int HASH_BYTES = 32;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private final String decoy;

  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
    this.decoy = hash("decoy password for unknown accounts");
  }

  /** A new salted hash of the password. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  /** True when the password matches the stored hash; false for a malformed hash. */
  public boolean verify(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (storedIterations < 1 || expected.length == 0) {
        return false;
      }
      byte[] actual = derive(password, salt, storedIterations, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Spends the same time as a real verification, for logins with an unknown email, so that response
   * times do not tell which emails have accounts.
   */
  public void verifyDecoy(String password) {
    verify(password, decoy);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
