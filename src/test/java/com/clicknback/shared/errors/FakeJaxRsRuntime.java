package com.clicknback.shared.errors;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Just enough of a JAX-RS runtime to build responses and {@code WebApplicationException}s in unit
 * tests: the API jar delegates both to an implementation, and Liberty's is not on the test
 * classpath. Models status, entity and headers, which is all the error mappers use; everything else
 * answers Mockito defaults.
 */
final class FakeJaxRsRuntime {

  private FakeJaxRsRuntime() {}

  /** Installs the fake as the JAX-RS runtime of this JVM; safe to call repeatedly. */
  static synchronized void install() {
    RuntimeDelegate.setInstance(partialMock(Delegate.class));
  }

  private static <T> T partialMock(Class<T> type, Object... constructorArguments) {
    return mock(
        type,
        withSettings().useConstructor(constructorArguments).defaultAnswer(CALLS_REAL_METHODS));
  }

  public abstract static class Delegate extends RuntimeDelegate {

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
      return partialMock(Builder.class);
    }
  }

  public abstract static class Builder extends Response.ResponseBuilder {

    private int status = 200;
    private Object entity;
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    @Override
    public Response build() {
      MultivaluedMap<String, Object> copy = new MultivaluedHashMap<>();
      headers.forEach((name, values) -> copy.addAll(name, values));
      return partialMock(FakeResponse.class, status, entity, copy);
    }

    @Override
    public Response.ResponseBuilder status(int code) {
      this.status = code;
      return this;
    }

    @Override
    public Response.ResponseBuilder status(int code, String reasonPhrase) {
      return status(code);
    }

    @Override
    public Response.ResponseBuilder entity(Object value) {
      this.entity = value;
      return this;
    }

    @Override
    public Response.ResponseBuilder header(String name, Object value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.add(name, value);
      }
      return this;
    }

    @Override
    public Response.ResponseBuilder type(MediaType type) {
      headers.putSingle(HttpHeaders.CONTENT_TYPE, type);
      return this;
    }

    @Override
    public Response.ResponseBuilder allow(String... methods) {
      return allow(new LinkedHashSet<>(Arrays.asList(methods)));
    }

    @Override
    public Response.ResponseBuilder allow(Set<String> methods) {
      headers.putSingle(HttpHeaders.ALLOW, String.join(",", methods));
      return this;
    }
  }

  public abstract static class FakeResponse extends Response {

    private final int status;
    private final Object entity;
    private final MultivaluedMap<String, Object> headers;

    public FakeResponse(int status, Object entity, MultivaluedMap<String, Object> headers) {
      this.status = status;
      this.entity = entity;
      this.headers = headers;
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public StatusType getStatusInfo() {
      Status known = Status.fromStatusCode(status);
      if (known != null) {
        return known;
      }
      return new StatusType() {
        @Override
        public int getStatusCode() {
          return status;
        }

        @Override
        public Status.Family getFamily() {
          return Status.Family.familyOf(status);
        }

        @Override
        public String getReasonPhrase() {
          return "";
        }
      };
    }

    @Override
    public Object getEntity() {
      return entity;
    }

    @Override
    public boolean hasEntity() {
      return entity != null;
    }

    @Override
    public MultivaluedMap<String, Object> getMetadata() {
      return headers;
    }

    @Override
    public MediaType getMediaType() {
      return (MediaType) headers.getFirst(HttpHeaders.CONTENT_TYPE);
    }

    @Override
    public String getHeaderString(String name) {
      if (!headers.containsKey(name)) {
        return null;
      }
      return headers.get(name).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Set<String> getAllowedMethods() {
      String allow = getHeaderString(HttpHeaders.ALLOW);
      if (allow == null || allow.isBlank()) {
        return Set.of();
      }
      return Arrays.stream(allow.split(","))
          .map(String::trim)
          .filter(method -> !method.isEmpty())
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }
}
