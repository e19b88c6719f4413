package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableRequestFilterTest {

  private final UnreadableRequestFilter filter = new UnreadableRequestFilter();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/json; charset=nonsense",
        "text/plain",
        ""
      })
  void isMediaType_accepts_onMediaType(String header) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isMediaType(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/", ";;;", "/json"})
  void isMediaType_refuses_onMalformedHeader(String header) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isMediaType(header)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "*/*",
        "text/html, application/json;q=0.9, */*;q=0.8",
        "application/xml;q=0",
        "application/json;q=1",
        "text/html,,application/json"
      })
  void isAcceptable_accepts_onWellFormedHeader(String header) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isAcceptable(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"application/", ";;;", "text/html;q=abc", "application/json;q=2", "a/b;q=-1"})
  void isAcceptable_refuses_onMalformedHeader(String header) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isAcceptable(header)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/offers", "/api/v1/offers/%20x", "/a/%F0%9F%98%80", "/a/%2F"})
  void isUtf8Path_accepts_onUtf8Escapes(String uri) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isUtf8Path(uri)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a/%C3%28", "/a/%FF", "/a/%zz", "/a/%4", "/a/%"})
  void isUtf8Path_refuses_onBrokenEscapes(String uri) {
    // Act & Assert
    assertThat(UnreadableRequestFilter.isUtf8Path(uri)).isFalse();
  }

  private static HttpServletRequest request(String uri, Map<String, String> headers) {
    HttpServletRequest request = ServletMocks.request("GET", uri, DispatcherType.REQUEST, headers);
    String accept = headers.get("Accept");
    when(request.getHeaders("Accept"))
        .thenAnswer(call -> Collections.enumeration(accept == null ? List.of() : List.of(accept)));
    return request;
  }

  @Test
  void doFilter_sends400_onMalformedAccept() throws Exception {
    // Arrange
    HttpServletRequest request = request("/api/v1/offers", Map.of("Accept", "text/html;q=abc"));
    HttpServletResponse response = mock(HttpServletResponse.class);
    FilterChain chain = mock(FilterChain.class);

    // Act
    filter.doFilter(request, response, chain);

    // Assert
    verify(response).sendError(400);
    verify(chain, never()).doFilter(any(), any());
  }

  @Test
  void doFilter_sends400_onMalformedContentType() throws Exception {
    // Arrange
    HttpServletRequest request = request("/api/v1/offers", Map.of("Content-Type", "application/"));
    HttpServletResponse response = mock(HttpServletResponse.class);
    FilterChain chain = mock(FilterChain.class);

    // Act
    filter.doFilter(request, response, chain);

    // Assert
    verify(response).sendError(400);
    verify(chain, never()).doFilter(any(), any());
  }

  @Test
  void doFilter_passesRequestOn_onReadableRequest() throws Exception {
    // Arrange
    HttpServletRequest request =
        request(
            "/api/v1/offers/%F0%9F%98%80",
            Map.of("Content-Type", "application/json", "Accept", "application/json"));
    HttpServletResponse response = mock(HttpServletResponse.class);
    FilterChain chain = mock(FilterChain.class);

    // Act
    filter.doFilter(request, response, chain);

    // Assert
    verify(chain).doFilter(request, response);
    verify(response, never()).sendError(any(Integer.class));
  }
}
