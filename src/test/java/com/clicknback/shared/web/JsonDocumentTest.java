package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

  public record Sample(String merchantName, String note) {}

  @Test
  void of_rendersLikeTheApi_withSnakeCaseAndNulls() {
    // Arrange
    Sample value = new Sample("Café Ü", null);

    // Act
    JsonDocument document = JsonDocument.of(value);

    // Assert
    assertThat(document.toString())
        .isEqualTo(JsonbProvider.jsonb().toJson(value))
        .isEqualTo("{\"merchant_name\":\"Café Ü\",\"note\":null}");
  }

  @Test
  void writer_writesTheRenderedBytesWithTheirLength_always() throws IOException {
    // Arrange
    JsonDocument document = JsonDocument.of(new Sample("Café", "x"));
    JsonDocumentWriter writer = new JsonDocumentWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // Act
    writer.writeTo(
        document, JsonDocument.class, null, null, MediaType.APPLICATION_JSON_TYPE, null, out);

    // Assert
    byte[] expected = document.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(out.toByteArray()).isEqualTo(expected);
    assertThat(writer.getSize(document, JsonDocument.class, null, null, null))
        .isEqualTo(expected.length);
    assertThat(writer.isWriteable(JsonDocument.class, null, null, null)).isTrue();
    assertThat(writer.isWriteable(String.class, null, null, null)).isFalse();
  }
}
