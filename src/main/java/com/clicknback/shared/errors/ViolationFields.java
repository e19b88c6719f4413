package com.clicknback.shared.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Bean Validation violations on resource-method parameters into the {@code field} names
 * clients see (spec 00 §5.1): the query/path/header parameter name, or the JSON property path
 * inside the body in snake_case ({@code items.0.unit_price}); {@code body} for the body itself.
 */
public final class ViolationFields {

  static final String BODY = "body";

  private ViolationFields() {}

  /** Every violation, in parameter and then declaration order. */
  public static List<Violation> describe(Set<? extends ConstraintViolation<?>> violations) {
    List<Located> located = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      located.add(locate(violation));
    }
    located.sort(
        Comparator.comparingInt(Located::parameterIndex)
            .thenComparingInt(Located::declarationIndex)
            .thenComparing(Located::field));
    return located.stream().map(l -> new Violation(l.field(), l.reason())).toList();
  }

  private record Located(int parameterIndex, int declarationIndex, String field, String reason) {}

  private static Located locate(ConstraintViolation<?> violation) {
    Method method = null;
    int parameterIndex = Integer.MAX_VALUE;
    String parameterField = null;
    List<String> propertyPath = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = findMethod(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
        parameterField = parameterName(method, parameterIndex, node.getName());
      } else {
        if (node.getIndex() != null) {
          propertyPath.add(node.getIndex().toString());
        } else if (node.getKey() != null) {
          propertyPath.add(node.getKey().toString());
        }
        if (node.getName() != null) {
          propertyPath.add(toSnakeCase(node.getName()));
        }
      }
    }
    String field;
    if (!propertyPath.isEmpty()) {
      field = String.join(".", propertyPath);
    } else {
      field = parameterField == null ? BODY : parameterField;
    }
    int declarationIndex =
        propertyPath.isEmpty() ? -1 : declarationIndex(method, parameterIndex, propertyPath);
    return new Located(parameterIndex, declarationIndex, field, violation.getMessage());
  }

  private static Method findMethod(Class<?> beanClass, Path.MethodNode node) {
    if (beanClass == null) {
      return null;
    }
    Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
      try {
        return type.getDeclaredMethod(node.getName(), types);
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    return null;
  }

  /** The HTTP name of a parameter: its {@code @QueryParam} etc. value, or "body" for the body. */
  private static String parameterName(Method method, int index, String fallback) {
    if (method == null || index < 0 || index >= method.getParameterCount()) {
      return fallback;
    }
    for (Annotation annotation : method.getParameterAnnotations()[index]) {
      String name = httpName(annotation);
      if (name != null) {
        return name;
      }
    }
    return BODY;
  }

  private static String httpName(Annotation annotation) {
    if (annotation instanceof QueryParam q) {
      return q.value();
    }
    if (annotation instanceof PathParam p) {
      return p.value();
    }
    if (annotation instanceof HeaderParam h) {
      return h.value();
    }
    if (annotation instanceof FormParam f) {
      return f.value();
    }
    if (annotation instanceof CookieParam c) {
      return c.value();
    }
    if (annotation instanceof MatrixParam m) {
      return m.value();
    }
    return null;
  }

  /** Position of the first property among the body type's declared fields (records: components). */
  private static int declarationIndex(Method method, int parameterIndex, List<String> path) {
    if (method == null || parameterIndex < 0 || parameterIndex >= method.getParameterCount()) {
      return Integer.MAX_VALUE;
    }
    Class<?> type = method.getParameterTypes()[parameterIndex];
    List<String> names =
        Arrays.stream(type.getDeclaredFields()).map(f -> toSnakeCase(f.getName())).toList();
    int index = names.indexOf(path.get(0));
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  /** {@code unitPrice} → {@code unit_price}, as the JSON-B naming strategy spells it. */
  public static String toSnakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
