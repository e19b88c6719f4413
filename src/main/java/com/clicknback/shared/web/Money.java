package com.clicknback.shared.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Money in JSON (spec 00 §2, NF-FIN-5): a string with exactly 2 decimals, {@code "19.05"}. Every
 * money field of a response is annotated {@code @JsonbTypeSerializer(Money.Serializer.class)} and
 * {@code @Schema(type = SchemaType.STRING, format = "decimal")}. Money sent by clients is read as
 * an {@link Input} and checked with {@code @MoneyAmount}.
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

  /** Amounts of 10^10 or more do not fit NUMERIC(12,2). */
  static final BigDecimal LIMIT = BigDecimal.TEN.pow(10);

  static final String NOT_A_DECIMAL = "Input should be a valid decimal";

  /**
   * Why a client's amount is refused (spec 06 §3, NF-FIN-2), or empty when it is a decimal above 0
   * with at most 2 fractional digits and below 10^10.
   */
  public static Optional<String> amountViolation(Input input) {
    BigDecimal value;
    try {
      value = new BigDecimal(input.text());
    } catch (NumberFormatException e) {
      return Optional.of(NOT_A_DECIMAL);
    }
    if (value.signum() <= 0) {
      return Optional.of("Input should be greater than 0");
    }
    if (value.scale() > 2) {
      return Optional.of("Decimal input should have no more than 2 decimal places");
    }
    if (value.compareTo(LIMIT) >= 0) {
      return Optional.of("Input should be less than " + LIMIT.toPlainString());
    }
    return Optional.empty();
  }

  /**
   * A money amount as the client sent it: a JSON number, normalised first so that {@code 10.500}
   * means 10.5, or a numeric string, taken literally so that {@code "10.500"} has 3 places.
   */
  @JsonbTypeDeserializer(Money.InputDeserializer.class)
  public record Input(String text) {

    /** The amount at scale 2; only call it once {@link #amountViolation} found nothing. */
    public BigDecimal toAmount() {
      return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
    }
  }

  /** Reads an {@link Input} from a JSON number or string; anything else is a type error. */
  public static final class InputDeserializer implements JsonbDeserializer<Input> {
    @Override
    public Input deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue json = parser.getValue();
      if (json instanceof JsonNumber number) {
        BigDecimal normalised = number.bigDecimalValue().stripTrailingZeros();
        if (normalised.scale() < 0) {
          normalised = normalised.setScale(0);
        }
        return new Input(normalised.toPlainString());
      }
      if (json instanceof JsonString text) {
        return new Input(text.getString());
      }
      throw new JsonbException(NOT_A_DECIMAL);
    }
  }
}
