package com.clicknback.shared.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text fields of request bodies (spec 00 §2): only a JSON string is a string. JSON-B would turn
 * {@code 123} or {@code true} into {@code "123"} and {@code "true"}, and store them; here they are
 * a type error (422). A string holding a NUL character is refused too: PostgreSQL cannot store or
 * compare one, so it would otherwise fail deep in a query instead of at the door.
 */
public final class JsonStrings {

  static final String NOT_A_STRING = "Input should be a valid string";
  static final String NUL_CHARACTER = "Input should not contain NUL characters";

  private JsonStrings() {}

  /** True when the text contains U+0000, which no column or comparison in the database takes. */
  public static boolean hasNul(String text) {
    return text != null && text.indexOf('\u0000') >= 0;
  }

  /** Reads a {@link String} from a JSON string only. */
  public static final class Deserializer implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue json = parser.getValue();
      if (json == JsonValue.NULL) {
        return null;
      }
      if (!(json instanceof JsonString text)) {
        throw new JsonbException(NOT_A_STRING);
      }
      if (hasNul(text.getString())) {
        throw new JsonbException(NUL_CHARACTER);
      }
      return text.getString();
    }
  }
}
