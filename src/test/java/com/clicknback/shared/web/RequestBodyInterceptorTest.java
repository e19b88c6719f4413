package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodyInterceptorTest {

  private final RequestBodyInterceptor interceptor = new RequestBodyInterceptor();

  private static ReaderInterceptorContext contextWithBody(String body) {
    ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
    InputStream stream = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    when(context.getInputStream()).thenReturn(stream);
    when(context.getHeaders()).thenReturn(new MultivaluedHashMap<>());
    return context;
  }

  @Test
  void aroundReadFrom_returnsNullWithoutReading_onEmptyBody() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("");

    // Act
    Object result = interceptor.aroundReadFrom(context);

    // Assert
    assertThat(result).isNull();
    verify(context, never()).proceed();
  }

  @Test
  void aroundReadFrom_readsWholeBody_onNonEmptyBody() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("{\"a\":1}");
    when(context.proceed()).thenReturn("read");

    // Act
    Object result = interceptor.aroundReadFrom(context);

    // Assert
    assertThat(result).isEqualTo("read");
    verify(context).setInputStream(any());
  }

  @Test
  void aroundReadFrom_throws422WithOffset_onMalformedJson() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("{\"a\": }");
    JsonbException malformed;
    try {
      JsonbBuilder.create().fromJson("{\"a\": }", Map.class);
      throw new AssertionError("expected a parse failure");
    } catch (JsonbException e) {
      malformed = e;
    }
    when(context.proceed()).thenThrow(malformed);

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_ERROR);
              assertThat(e.getMessage()).isEqualTo("Request validation failed.");
              @SuppressWarnings("unchecked")
              List<Violation> violations = (List<Violation>) e.details().get("violations");
              assertThat(violations).hasSize(1);
              assertThat(violations.get(0).reason()).isEqualTo("JSON decode error");
              assertThat(violations.get(0).field()).matches("\\d+");
            });
  }

  @Test
  void aroundReadFrom_rethrowsUnchanged_onNonJsonFailure() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("x");
    IllegalStateException failure = new IllegalStateException("boom");
    when(context.proceed()).thenThrow(failure);

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context)).isSameAs(failure);
  }

  @Test
  void aroundReadFrom_throws413WithoutReading_onDeclaredLengthOverLimit() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("{}");
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Length", String.valueOf(RequestBodyInterceptor.MAX_BODY_BYTES + 1));
    when(context.getHeaders()).thenReturn(headers);

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
    verify(context, never()).proceed();
  }

  @Test
  void aroundReadFrom_throws413_onStreamedBodyOverLimit() throws Exception {
    // Arrange
    String huge = "{\"name\": \"" + "x".repeat(RequestBodyInterceptor.MAX_BODY_BYTES) + "\"}";
    ReaderInterceptorContext context = contextWithBody(huge);
    when(context.proceed())
        .thenAnswer(
            invocation -> {
              org.mockito.ArgumentCaptor<InputStream> stream =
                  org.mockito.ArgumentCaptor.forClass(InputStream.class);
              verify(context).setInputStream(stream.capture());
              return JsonbBuilder.create().fromJson(stream.getValue(), Map.class);
            });

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
  }

  @Test
  void aroundReadFrom_throws400WithoutParsing_onBodyShorterThanDeclaredLength() throws Exception {
    // Arrange
    ReaderInterceptorContext context = contextWithBody("{\"a\":1}");
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Length", "50");
    when(context.getHeaders()).thenReturn(headers);

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BAD_REQUEST);
              assertThat(e.details())
                  .containsEntry("declared_bytes", 50L)
                  .containsEntry("received_bytes", 7L);
            });
    verify(context, never()).proceed();
  }

  @Test
  void aroundReadFrom_throws400WithoutParsing_onConnectionEndingEarly() throws Exception {
    // Arrange
    ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
    InputStream endsEarly =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream("{\"a\"".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws java.io.IOException {
                throw new java.io.EOFException("Connection closed: Read failed.");
              }
            });
    when(context.getInputStream()).thenReturn(endsEarly);
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Length", "20");
    when(context.getHeaders()).thenReturn(headers);

    // Act & Assert
    assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.BAD_REQUEST));
    verify(context, never()).proceed();
  }

  @Test
  void aroundReadFrom_readsOnlyDeclaredBytes_onStreamThatStaysOpen() throws Exception {
    // Arrange
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    InputStream staysOpen =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(json),
            new InputStream() {
              @Override
              public int read() {
                throw new AssertionError("read past the declared length (would block over HTTP/2)");
              }
            });
    ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
    when(context.getInputStream()).thenReturn(staysOpen);
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Length", String.valueOf(json.length));
    when(context.getHeaders()).thenReturn(headers);
    when(context.proceed()).thenReturn("read");

    // Act
    Object result = interceptor.aroundReadFrom(context);

    // Assert
    assertThat(result).isEqualTo("read");
  }
}
