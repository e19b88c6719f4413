package com.clicknback.shared.web;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in JSON (spec 00 §2, NF-FIN-5): a string with exactly 2 decimals, {@code "19.05"}. Every
 * money field of a response is annotated {@code @JsonbTypeSerializer(Money.Serializer.class)} and
 * {@code @Schema(type = SchemaType.STRING, format = "decimal")}.
 */
public final class Money {

  private Money() {}

  /**
   * The wire form of an amount. Amounts come from NUMERIC(12,2) columns or are rounded before they
   * are stored, so widening to 2 places never rounds; a value with more places is a bug and fails.
   */
  public static String format(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** Writes a {@link BigDecimal} with {@link #format}. */
  public static final class Serializer implements JsonbSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal amount, JsonGenerator generator, SerializationContext ctx) {
      generator.write(format(amount));
    }
  }
}
