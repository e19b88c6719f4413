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
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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

  /** Every violation, in parameter order, then field declaration and element index order. */
  public static List<Violation> describe(Set<? extends ConstraintViolation<?>> violations) {
    List<Located> located = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      located.add(locate(violation));
    }
    located.sort(Comparator.comparing(Located::order, ViolationFields::compareOrder));
    return located.stream().map(l -> new Violation(l.field(), l.reason())).toList();
  }

  /** A violation's field, reason, and position: one number per path step. */
  private record Located(List<Integer> order, String field, String reason) {}

  private static Located locate(ConstraintViolation<?> violation) {
    Method method = null;
    String parameterField = null;
    Type current = null;
    List<String> propertyPath = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = findMethod(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
      } else if (node.getKind() == ElementKind.PARAMETER) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        parameterField = parameterName(method, index, node.getName());
        order.add(index);
        current = parameterType(method, index);
      } else {
        if (node.getIndex() != null) {
          propertyPath.add(node.getIndex().toString());
          order.add(node.getIndex());
          current = elementType(current);
        } else if (node.getKey() != null) {
          propertyPath.add(node.getKey().toString());
          order.add(0);
          current = elementType(current);
        }
        if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
          propertyPath.add(toSnakeCase(node.getName()));
          Field field = declaredField(current, node.getName());
          order.add(field == null ? Integer.MAX_VALUE : declarationIndex(field));
          current = field == null ? null : field.getGenericType();
        }
      }
    }
    String field;
    if (!propertyPath.isEmpty()) {
      field = String.join(".", propertyPath);
    } else {
      field = parameterField == null ? BODY : parameterField;
    }
    return new Located(order, field, violation.getMessage());
  }

  private static int compareOrder(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int step = Integer.compare(a.get(i), b.get(i));
      if (step != 0) {
        return step;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static Type parameterType(Method method, int index) {
    if (method == null || index < 0 || index >= method.getParameterCount()) {
      return null;
    }
    return method.getGenericParameterTypes()[index];
  }

  /** The element type of a list, set, array or map value type; null when unknown. */
  private static Type elementType(Type container) {
    if (container instanceof Class<?> type && type.isArray()) {
      return type.getComponentType();
    }
    if (container instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    if (container instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return arguments.length == 0 ? null : arguments[arguments.length - 1];
    }
    return null;
  }

  private static Field declaredField(Type owner, String name) {
    Class<?> type = rawClass(owner);
    if (type == null) {
      return null;
    }
    for (Field field : type.getDeclaredFields()) {
      if (field.getName().equals(name)) {
        return field;
      }
    }
    return null;
  }

  private static int declarationIndex(Field field) {
    return Arrays.asList(field.getDeclaringClass().getDeclaredFields()).indexOf(field);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
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

  /** {@code unitPrice} → {@code unit_price}, as the JSON-B naming strategy spells it. */
  public static String toSnakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))) {
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
