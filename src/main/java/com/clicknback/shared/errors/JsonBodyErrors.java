package com.clicknback.shared.errors;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a request body that could not be read as JSON, wherever the runtime wrapped the
 * parser's exception, and describes it as a violation (spec 00 §5.1).
 */
public final class JsonBodyErrors {

  static final String DECODE_ERROR = "JSON decode error";
  static final String WRONG_TYPE = "Input has the wrong type";
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final int MAX_DEPTH = 10;

  private JsonBodyErrors() {}

  /**
   * The syntax error of a JSON document, if it has one: lets checks that run before the body is
   * bound (the auth guard) report malformed JSON first, as spec 00 §5.3 orders it.
   */
  public static Optional<Violation> syntaxViolation(InputStream body) {
    try (JsonParser parser = Json.createParser(body)) {
      while (parser.hasNext()) {
        parser.next();
      }
      return Optional.empty();
    } catch (JsonParsingException e) {
      return Optional.of(new Violation(offset(e), DECODE_ERROR));
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /** The violation for an unreadable JSON body, or empty when the failure is something else. */
  public static Optional<Violation> violationFor(Throwable failure) {
    JsonbException binding = null;
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (current instanceof JsonParsingException parsing) {
        return Optional.of(new Violation(offset(parsing), DECODE_ERROR));
      }
      if (binding == null && current instanceof JsonbException jsonb) {
        binding = jsonb;
      }
      current = current.getCause();
    }
    if (binding == null) {
      return Optional.empty();
    }
    return Optional.of(new Violation(propertyOf(binding), WRONG_TYPE));
  }

  private static String offset(JsonParsingException parsing) {
    if (parsing.getLocation() == null || parsing.getLocation().getStreamOffset() < 0) {
      return "0";
    }
    return Long.toString(parsing.getLocation().getStreamOffset());
  }

  /** The JSON property a binding failure names, if its message names one; else the body. */
  static String propertyOf(JsonbException binding) {
    for (Throwable t = binding; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher matcher = PROPERTY.matcher(t.getMessage());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return "body";
  }
}
