package com.clicknback.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.shared.errors.ErrorEnvelope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Spec 00 §5.3: a malformed JSON body is reported before an authentication failure. */
class AuthGuardBodyOrderTest {

  private static ContainerRequestContext unauthenticatedRequestWithBody(String body) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    when(request.hasEntity()).thenReturn(true);
    when(request.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
    when(request.getLength()).thenReturn(body.length());
    when(request.getEntityStream())
        .thenReturn(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  private static Response abortedWith(AuthGuardFilter guard, ContainerRequestContext request) {
    guard.filter(request);
    ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
    verify(request).abortWith(response.capture());
    return response.getValue();
  }

  private static AuthGuardFilter guard(boolean readsBody) {
    return new AuthGuardFilter(false, readsBody, () -> null, () -> null, () -> null);
  }

  @Test
  void filter_answers422_onMalformedBodyWithoutToken() {
    // Arrange
    ContainerRequestContext request = unauthenticatedRequestWithBody("{\"name\": }");

    // Act
    Response response = abortedWith(guard(true), request);

    // Assert
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(((ErrorEnvelope) response.getEntity()).error().code()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void filter_answers401_onWellFormedBodyWithoutToken() {
    // Arrange
    ContainerRequestContext request = unauthenticatedRequestWithBody("{\"name\": \"x\"}");

    // Act
    Response response = abortedWith(guard(true), request);

    // Assert
    assertThat(response.getStatus()).isEqualTo(401);
  }

  @Test
  void filter_answers401_onMalformedBodySentToEndpointWithoutBody() {
    // Arrange
    ContainerRequestContext request = unauthenticatedRequestWithBody("{\"name\": }");

    // Act
    Response response = abortedWith(guard(false), request);

    // Assert
    assertThat(response.getStatus()).isEqualTo(401);
  }

  static class Endpoints {
    @GET
    public void noBody(@PathParam("id") String id, @QueryParam("q") String q) {}

    @GET
    public void withBody(@HeaderParam("X") String header, Object body) {}
  }

  @Test
  void readsBody_isTrueOnlyForMethodsWithAnEntityParameter() throws Exception {
    // Act
    boolean withBody =
        AuthGuardFeature.readsBody(
            Endpoints.class.getMethod("withBody", String.class, Object.class));
    boolean noBody =
        AuthGuardFeature.readsBody(Endpoints.class.getMethod("noBody", String.class, String.class));

    // Assert
    assertThat(withBody).isTrue();
    assertThat(noBody).isFalse();
  }
}
