package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Hs256JwtTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8);
  private static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private static final String CLAIMS = "{\"user_id\":\"u-1\",\"exp\":1900000000}";

  private final Hs256Jwt jwt = new Hs256Jwt(KEY);

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A token with any header and payload text, correctly HMAC-SHA256-signed with {@code key}. */
  private static String signedWith(byte[] key, String headerJson, String payloadText)
      throws Exception {
    String signingInput = b64(headerJson) + "." + b64(payloadText);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  private static JsonObject claims() {
    return Json.createObjectBuilder().add("user_id", "u-1").add("exp", 1_900_000_000L).build();
  }

  @Test
  void verify_returnsTheSignedClaims_onTokenItSigned() {
    // Arrange
    String token = jwt.sign(claims());

    // Act
    JsonObject verified = jwt.verify(token);

    // Assert
    assertThat(verified).isEqualTo(claims());
  }

  @Test
  void sign_producesHs256CompactJws_onClaims() {
    // Arrange
    JsonObject claims = claims();

    // Act
    String token = jwt.sign(claims);

    // Assert
    String[] parts = token.split("\\.", -1);
    assertThat(parts).hasSize(3);
    String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    assertThat(Json.createReader(new StringReader(header)).readObject().getString("alg"))
        .isEqualTo("HS256");
    assertThat(token).doesNotContain("=");
  }

  @Test
  void verify_acceptsTokenFromAnotherSigner_onSameKeyAndAlgorithm() throws Exception {
    // Arrange
    String token = signedWith(KEY, HS256_HEADER, CLAIMS);

    // Act
    JsonObject verified = jwt.verify(token);

    // Assert
    assertThat(verified.getString("user_id")).isEqualTo("u-1");
  }

  @Test
  void verify_refuses_onTamperedPayload() {
    // Arrange
    String[] parts = jwt.sign(claims()).split("\\.");
    String forgedPayload = b64("{\"user_id\":\"someone-else\",\"exp\":1900000000}");
    String token = parts[0] + "." + forgedPayload + "." + parts[2];

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onTamperedSignature() {
    // Arrange
    String[] parts = jwt.sign(claims()).split("\\.");
    char first = parts[2].charAt(0);
    String tampered = (first == 'A' ? 'B' : 'A') + parts[2].substring(1);
    String token = parts[0] + "." + parts[1] + "." + tampered;

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onTokenSignedWithAnotherKey() {
    // Arrange
    Hs256Jwt other =
        new Hs256Jwt("another-key-another-key-another-key".getBytes(StandardCharsets.UTF_8));
    String token = other.sign(claims());

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onAlgNoneWithoutSignature() {
    // Arrange
    String token = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(CLAIMS) + ".";

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onAlgNoneWithValidHmacSignature() throws Exception {
    // Arrange: even a correct HMAC does not make an alg=none header acceptable
    String token = signedWith(KEY, "{\"alg\":\"none\",\"typ\":\"JWT\"}", CLAIMS);

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"alg\":\"HS512\",\"typ\":\"JWT\"}",
        "{\"alg\":\"hs256\",\"typ\":\"JWT\"}",
        "{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
        "{\"typ\":\"JWT\"}",
        "{\"alg\":256}"
      })
  void verify_refuses_onHeaderNotNamingHs256(String header) throws Exception {
    // Arrange
    String token = signedWith(KEY, header, CLAIMS);

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "abc.def", "a.b.c.d", "a.b.c."})
  void verify_refuses_onWrongNumberOfParts(String token) {
    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onEmptyParts() {
    // Arrange
    String[] parts = jwt.sign(claims()).split("\\.");

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify("." + parts[1] + "." + parts[2]))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
    assertThatThrownBy(() -> jwt.verify(parts[0] + ".." + parts[2]))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
    assertThatThrownBy(() -> jwt.verify(parts[0] + "." + parts[1] + "."))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
    assertThatThrownBy(() -> jwt.verify("..")).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onNonBase64Parts() {
    // Arrange
    String[] parts = jwt.sign(claims()).split("\\.");

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify("!!!." + parts[1] + "." + parts[2]))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
    assertThatThrownBy(() -> jwt.verify(parts[0] + ".%%%." + parts[2]))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
    assertThatThrownBy(() -> jwt.verify(parts[0] + "." + parts[1] + ".***"))
        .isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"user_id\":", "", "[1,2,3]", "\"a string\"", "42"})
  void verify_refuses_onAuthenticPayloadThatIsNotAJsonObject(String payload) throws Exception {
    // Arrange: correctly signed, so only the payload's shape is wrong
    String token = signedWith(KEY, HS256_HEADER, payload);

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[\"HS256\"]"})
  void verify_refuses_onHeaderThatIsNotAJsonObject(String header) throws Exception {
    // Arrange
    String token = signedWith(KEY, header, CLAIMS);

    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_refuses_onNull() {
    // Act & Assert
    assertThatThrownBy(() -> jwt.verify(null)).isInstanceOf(Hs256Jwt.InvalidJwtException.class);
  }

  @Test
  void verify_throwsExceptionWithoutDetail_onRefusal() throws Exception {
    // Arrange
    String secretLookingToken = signedWith(KEY, "{\"alg\":\"none\"}", "{\"password\":\"hunter2\"}");

    // Act
    Hs256Jwt.InvalidJwtException badSignature =
        catchThrowableOfType(Hs256Jwt.InvalidJwtException.class, () -> jwt.verify("a.b.c"));
    Hs256Jwt.InvalidJwtException badHeader =
        catchThrowableOfType(
            Hs256Jwt.InvalidJwtException.class, () -> jwt.verify(secretLookingToken));

    // Assert
    assertThat(badSignature).hasMessage("invalid token").hasNoCause();
    assertThat(badSignature.getStackTrace()).isEmpty();
    assertThat(badSignature.getSuppressed()).isEmpty();
    assertThat(badHeader).hasMessage("invalid token").hasNoCause();
    assertThat(badHeader.getStackTrace()).isEmpty();
  }

  @Test
  void constructor_copiesTheKey_onLaterChangesToTheCallersArray() {
    // Arrange
    byte[] key = KEY.clone();
    Hs256Jwt signer = new Hs256Jwt(key);
    String token = signer.sign(claims());

    // Act
    Arrays.fill(key, (byte) 0);

    // Assert
    assertThat(signer.verify(token)).isEqualTo(claims());
  }
}
