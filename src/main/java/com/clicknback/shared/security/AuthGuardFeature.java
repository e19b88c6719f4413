package com.clicknback.shared.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Puts the {@link AuthGuardFilter} in front of every endpoint marked {@link Authenticated} or
 * {@link AdminOnly} (on the method or its class), so protecting an endpoint is a declaration.
 */
@Provider
public class AuthGuardFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    AnnotatedElement method = resourceInfo.getResourceMethod();
    AnnotatedElement type = resourceInfo.getResourceClass();
    boolean admin = isMarked(method, type, AdminOnly.class);
    if (admin || isMarked(method, type, Authenticated.class)) {
      context.register(
          new AuthGuardFilter(
              admin,
              () -> CDI.current().select(TokenService.class).get(),
              () -> CDI.current().select(AccountLookup.class).get()));
    }
  }

  private static boolean isMarked(
      AnnotatedElement method,
      AnnotatedElement type,
      Class<? extends java.lang.annotation.Annotation> marker) {
    return (method != null && method.isAnnotationPresent(marker))
        || (type != null && type.isAnnotationPresent(marker));
  }
}
