package com.clicknback.shared.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
              readsBody(resourceInfo.getResourceMethod()),
              onceLookedUp(TokenService.class),
              onceLookedUp(AccountLookup.class),
              onceLookedUp(CurrentUser.class)));
    }
  }

  /**
   * The bean, looked up on first use and then reused: application- and request-scoped beans are
   * proxies, so one lookup serves every request.
   */
  static <T> Supplier<T> onceLookedUp(Class<T> type) {
    AtomicReference<T> bean = new AtomicReference<>();
    return () ->
        bean.updateAndGet(current -> current != null ? current : CDI.current().select(type).get());
  }

  /** True when the method has an entity parameter: one without a JAX-RS parameter annotation. */
  static boolean readsBody(Method method) {
    if (method == null) {
      return false;
    }
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      boolean bound =
          Arrays.stream(annotations)
              .anyMatch(a -> PARAMETER_ANNOTATIONS.contains(a.annotationType()));
      if (!bound) {
        return true;
      }
    }
    return false;
  }

  private static final Set<Class<? extends Annotation>> PARAMETER_ANNOTATIONS =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class,
          BeanParam.class,
          Context.class);

  private static boolean isMarked(
      AnnotatedElement method, AnnotatedElement type, Class<? extends Annotation> marker) {
    return (method != null && method.isAnnotationPresent(marker))
        || (type != null && type.isAnnotationPresent(marker));
  }
}
