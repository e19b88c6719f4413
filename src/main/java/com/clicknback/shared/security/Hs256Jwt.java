package com.clicknback.shared.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Compact JWS with HMAC-SHA256, nothing else: the header must say {@code HS256} (so {@code none}
 * and every other algorithm are refused before the signature is even looked at) and the signature
 * is compared in constant time. Expiry is the caller's business.
 */
public final class Hs256Jwt {

  private static final String HEADER =
      Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /**
   * Made once: {@code Json.createReader} looks the JSON-P provider up (a service-loader scan of the
   * class path) on every call, which cost more than the rest of the token check.
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final SecretKeySpec key;

  /** A keyed Mac that each use clones, instead of looking the algorithm up and keying it anew. */
  private final Mac prototype;

  public Hs256Jwt(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.prototype = newMac();
  }

  /** Signs the claims. */
  public String sign(JsonObject claims) {
    String signingInput =
        HEADER + "." + ENCODER.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + ENCODER.encodeToString(mac(signingInput));
  }

  /** The claims of an authentic token; {@link InvalidJwtException} for anything else. */
  public JsonObject verify(String token) {
    if (token == null) {
      throw new InvalidJwtException();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw new InvalidJwtException();
    }
    // Our own header needs no parsing; any other must still name HS256 (another signer's token).
    if (!HEADER.equals(parts[0])
        && !"HS256".equals(decodeObject(parts[0]).getString("alg", null))) {
      throw new InvalidJwtException();
    }
    byte[] expected = mac(parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(expected, decode(parts[2]))) {
      throw new InvalidJwtException();
    }
    return decodeObject(parts[1]);
  }

  private byte[] mac(String signingInput) {
    Mac mac;
    try {
      mac = (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      mac = newMac();
    }
    return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] decode(String part) {
    try {
      return DECODER.decode(part);
    } catch (IllegalArgumentException e) {
      throw new InvalidJwtException();
    }
  }

  private static JsonObject decodeObject(String part) {
    try (JsonReader reader =
        READERS.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new InvalidJwtException();
    }
  }

  /** The token is not an authentic HS256 JWT of ours. Carries no detail on purpose. */
  public static final class InvalidJwtException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidJwtException() {
      super("invalid token", null, false, false);
    }
  }
}
