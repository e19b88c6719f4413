package com.clicknback.shared.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Mockito servlet doubles that remember what a filter did to them, however it did it. */
final class ServletMocks {

  private ServletMocks() {}

  /** A request with the given method and headers that keeps the attributes set on it. */
  static HttpServletRequest request(
      String method, String uri, DispatcherType dispatcherType, Map<String, String> headers) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    Map<String, String> caseInsensitiveHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitiveHeaders.putAll(headers);
    Map<String, Object> attributes = new HashMap<>();
    when(request.getMethod()).thenReturn(method);
    when(request.getRequestURI()).thenReturn(uri);
    when(request.getDispatcherType()).thenReturn(dispatcherType);
    when(request.getHeader(anyString()))
        .thenAnswer(call -> caseInsensitiveHeaders.get(call.<String>getArgument(0)));
    doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
        .when(request)
        .setAttribute(anyString(), any());
    when(request.getAttribute(anyString()))
        .thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
    return request;
  }

  static HttpServletRequest request(String method, Map<String, String> headers) {
    return request(method, "/api/v1/things", DispatcherType.REQUEST, headers);
  }

  /** A mocked response recording status, headers, content type and body. */
  static final class RecordedResponse {

    final HttpServletResponse mock = mock(HttpServletResponse.class);
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = HttpServletResponse.SC_OK;
    private String contentType;

    RecordedResponse() {
      doAnswer(
              call -> {
                headers.put(
                    call.getArgument(0), new ArrayList<>(List.of(call.<String>getArgument(1))));
                return null;
              })
          .when(mock)
          .setHeader(anyString(), anyString());
      doAnswer(
              call -> {
                headers
                    .computeIfAbsent(call.getArgument(0), name -> new ArrayList<>())
                    .add(call.getArgument(1));
                return null;
              })
          .when(mock)
          .addHeader(anyString(), anyString());
      doAnswer(call -> status = call.getArgument(0)).when(mock).setStatus(anyInt());
      doAnswer(call -> contentType = call.getArgument(0)).when(mock).setContentType(anyString());
      when(mock.getStatus()).thenAnswer(call -> status);
      when(mock.getHeader(anyString())).thenAnswer(call -> header(call.getArgument(0)));
      try {
        when(mock.getOutputStream()).thenReturn(new RecordingOutputStream(body));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int status() {
      return status;
    }

    String contentType() {
      return contentType;
    }

    /** The header's value, several values joined by ", ", or null when absent. */
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(", ", values);
    }

    boolean hasHeader(String name) {
      return headers.containsKey(name);
    }

    String body() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  private static final class RecordingOutputStream extends ServletOutputStream {

    private final ByteArrayOutputStream target;

    RecordingOutputStream(ByteArrayOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
