package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestTracingFilterTest {

  private static final Logger ACCESS_LOG = Logger.getLogger("com.clicknback.access");

  private final RequestTracingFilter filter = new RequestTracingFilter();
  private final ServletMocks.RecordedResponse response = new ServletMocks.RecordedResponse();
  private final FilterChain chain = mock(FilterChain.class);
  private final List<String> idsSeenByChain = new ArrayList<>();
  private final List<LogRecord> accessLog = new ArrayList<>();
  private final Handler accessLogHandler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          accessLog.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void setUp() throws Exception {
    doAnswer(call -> idsSeenByChain.add(RequestId.current())).when(chain).doFilter(any(), any());
    ACCESS_LOG.addHandler(accessLogHandler);
  }

  @AfterEach
  void tearDown() {
    ACCESS_LOG.removeHandler(accessLogHandler);
  }

  @Test
  void doFilter_echoesClientRequestId_onSaneHeader() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("GET", Map.of("X-Request-ID", "client-42"));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(response.header("X-Request-ID")).isEqualTo("client-42");
    assertThat(idsSeenByChain).containsExactly("client-42");
  }

  @Test
  void doFilter_generatesRequestId_onUnsafeHeader() throws Exception {
    // Arrange
    HttpServletRequest request =
        ServletMocks.request("GET", Map.of("X-Request-ID", "x\r\nSet-Cookie: a=b"));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    String id = response.header("X-Request-ID");
    assertThatCode(() -> UUID.fromString(id)).doesNotThrowAnyException();
    assertThat(idsSeenByChain).containsExactly(id);
  }

  @Test
  void doFilter_generatesRequestId_onMissingHeader() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("GET", Map.of());

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    String id = response.header("X-Request-ID");
    assertThatCode(() -> UUID.fromString(id)).doesNotThrowAnyException();
    assertThat(idsSeenByChain).containsExactly(id);
  }

  @Test
  void doFilter_clearsRequestId_afterRequest() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("GET", Map.of("X-Request-ID", "client-42"));

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(RequestId.current()).isEqualTo(RequestId.NOT_AVAILABLE);
  }

  @Test
  void doFilter_clearsRequestId_onFailingChain() throws Exception {
    // Arrange
    HttpServletRequest request = ServletMocks.request("GET", Map.of("X-Request-ID", "client-42"));
    doThrow(new ServletException("handler failed")).when(chain).doFilter(any(), any());

    // Act & Assert
    assertThatThrownBy(() -> filter.doFilter(request, response.mock, chain))
        .isInstanceOf(ServletException.class);
    assertThat(RequestId.current()).isEqualTo(RequestId.NOT_AVAILABLE);
  }

  @Test
  void doFilter_keepsRequestIdOfFailedRequest_onErrorDispatch() throws Exception {
    // Arrange: a request without a client id, first dispatched normally, then to the error page
    HttpServletRequest request =
        ServletMocks.request("GET", "/api/v1/things", DispatcherType.REQUEST, Map.of());
    filter.doFilter(request, response.mock, chain);
    String generated = response.header("X-Request-ID");
    when(request.getDispatcherType()).thenReturn(DispatcherType.ERROR);

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(idsSeenByChain).containsExactly(generated, generated);
    assertThat(response.header("X-Request-ID")).isEqualTo(generated);
    assertThat(RequestId.current()).isEqualTo(RequestId.NOT_AVAILABLE);
  }

  @Test
  void doFilter_writesAccessLogLineWithRequestId_onCompletedRequest() throws Exception {
    // Arrange
    HttpServletRequest request =
        ServletMocks.request(
            "POST", "/api/v1/purchases", DispatcherType.REQUEST, Map.of("X-Request-ID", "req-7"));
    doAnswer(
            call -> {
              response.mock.setStatus(201);
              return null;
            })
        .when(chain)
        .doFilter(any(), any());

    // Act
    filter.doFilter(request, response.mock, chain);

    // Assert
    assertThat(accessLog)
        .singleElement()
        .extracting(record -> new SimpleFormatter().formatMessage(record))
        .asString()
        .startsWith("POST /api/v1/purchases 201 ")
        .endsWith("request_id=req-7");
  }
}
