package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.clicknback.shared.config.Settings;
import com.clicknback.shared.config.TestSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

  private static final String ALLOWED = "https://clicknback.com";
  private static final String REFUSED = "https://evil.example";

  private final FilterChain chain = mock(FilterChain.class);
  private final ServletMocks.RecordedResponse response = new ServletMocks.RecordedResponse();
  private CorsFilter filter;

  @BeforeEach
  void setUp() throws ReflectiveOperationException {
    filter = new CorsFilter();
    Field settings = CorsFilter.class.getDeclaredField("settings");
    settings.setAccessible(true);
    settings.set(filter, settingsAllowing(List.of(ALLOWED)));
  }

  private static Settings settingsAllowing(List<String> origins) {
    return TestSettings.with(
        "CORS_ALLOWED_ORIGINS",
        String.join(",", origins),
        "CORS_ALLOW_ORIGIN_REGEX",
        "http://localhost(:\\d+)?");
  }

  private static HttpServletRequest preflight(String origin, String requestedHeaders) {
    return requestedHeaders == null
        ? ServletMocks.request(
            "OPTIONS", Map.of("Origin", origin, "Access-Control-Request-Method", "POST"))
        : ServletMocks.request(
            "OPTIONS",
            Map.of(
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                requestedHeaders));
  }

  @Test
  void doFilter_answersPreflightItself_onAllowedOrigin() throws Exception {
    // Arrange
    HttpServletRequest request = preflight(ALLOWED, "authorization, content-type");

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("OK");
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(response.header("Access-Control-Allow-Methods"))
        .isEqualTo("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
    assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
    assertThat(response.header("Access-Control-Allow-Headers"))
        .isEqualTo("authorization, content-type");
    assertThat(response.header("Vary")).isEqualTo("Origin");
    verify(chain, never()).doFilter(any(), any());
  }

  @Test
  void doFilter_allowsOriginMatchingRegex_onPreflightFromDevServer() throws Exception {
    // Arrange
    HttpServletRequest request = preflight("http://localhost:5173", null);

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
    assertThat(response.hasHeader("Access-Control-Allow-Headers")).isFalse();
  }

  @Test
  void doFilter_refusesPreflightWithoutAllowOrigin_onRefusedOrigin() throws Exception {
    // Arrange
    HttpServletRequest request = preflight(REFUSED, "content-type");

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("text/plain");
    assertThat(response.body()).isEqualTo("Disallowed CORS origin");
    assertThat(response.hasHeader("Access-Control-Allow-Origin")).isFalse();
    assertThat(response.hasHeader("Access-Control-Allow-Credentials")).isFalse();
    verify(chain, never()).doFilter(any(), any());
  }

  @Test
  void doFilter_addsCorsHeadersAndContinues_onSimpleRequestFromAllowedOrigin() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("GET", Map.of("Origin", ALLOWED));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    verify(chain).doFilter(request, response.mock);
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-ID");
    assertThat(response.header("Vary")).isEqualTo("Origin");
  }

  @Test
  void doFilter_continuesWithoutAllowOrigin_onSimpleRequestFromRefusedOrigin() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("POST", Map.of("Origin", REFUSED));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    verify(chain).doFilter(request, response.mock);
    assertThat(response.hasHeader("Access-Control-Allow-Origin")).isFalse();
    assertThat(response.hasHeader("Access-Control-Allow-Credentials")).isFalse();
  }

  @Test
  void doFilter_continuesWithoutCorsHeaders_onRequestWithoutOrigin() throws Exception {
    // Arrange
    HttpServletRequest request =
        ServletMocks.request("OPTIONS", Map.of("Access-Control-Request-Method", "POST"));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    verify(chain).doFilter(request, response.mock);
    assertThat(response.hasHeader("Access-Control-Allow-Origin")).isFalse();
    assertThat(response.hasHeader("Vary")).isFalse();
  }
}
