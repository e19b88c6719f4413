package com.clicknback.shared.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON in and out is snake_case, set once here rather than per field; a null field is written as
 * {@code null}, not left out (as the original API does); non-money numbers and booleans are read
 * leniently ({@link LenientScalars}); text fields take JSON strings only ({@link JsonStrings}).
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withNullValues(true)
              .withDeserializers(
                  new LenientScalars.DoubleDeserializer(),
                  new LenientScalars.BooleanDeserializer(),
                  new JsonStrings.Deserializer()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The configured instance, for code outside JAX-RS that writes JSON (error pages). */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
