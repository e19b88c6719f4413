package com.clicknback.shared.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * The original API's lenient reading of non-money numbers and booleans (spec 00 §2): a number may
 * come as a numeric string ({@code "5"}), a boolean as {@code "yes"}, {@code "off"}, {@code 1}, ...
 * Anything else is a type error (422). Money is never read this way.
 */
public final class LenientScalars {

  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");

  private LenientScalars() {}

  /** Reads a {@link Double} from a JSON number or a numeric string. */
  public static final class DoubleDeserializer implements JsonbDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue json = parser.getValue();
      try {
        BigDecimal decimal = null;
        if (json instanceof JsonNumber number) {
          decimal = number.bigDecimalValue();
        } else if (json instanceof JsonString text) {
          decimal = new BigDecimal(text.getString().strip());
        }
        // A number too large for a double (1e400) would be stored and answered as infinity.
        if (decimal != null && Double.isFinite(decimal.doubleValue())) {
          return decimal.doubleValue();
        }
      } catch (NumberFormatException e) {
        // fall through to the type error
      }
      throw new JsonbException("Input should be a valid number");
    }
  }

  /** Reads a {@link Boolean} from {@code true}/{@code false}, 1/0 or the usual words. */
  public static final class BooleanDeserializer implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue json = parser.getValue();
      if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
        return json == JsonValue.TRUE;
      }
      if (json instanceof JsonNumber number && number.isIntegral()) {
        if (number.intValue() == 0 || number.intValue() == 1) {
          return number.intValue() == 1;
        }
      }
      if (json instanceof JsonString text) {
        String value = text.getString().strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
          return true;
        }
        if (FALSE.contains(value)) {
          return false;
        }
      }
      throw new JsonbException("Input should be a valid boolean");
    }
  }
}
