package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

  private static final IOException ENCODED_SLASH =
      new IOException(
          "CWWWC0005I: The request URI has invalid or improperly encoded characters:"
              + " [/api/v1/offers/..%2F..%2Fetc] . URI has encoded forward slash [%2F] character.");

  @Test
  void isMalformedUri_findsContainerRefusal_onWrappedException() {
    // Act & Assert
    assertThat(ErrorPageServlet.isMalformedUri(new RuntimeException(ENCODED_SLASH))).isTrue();
    assertThat(ErrorPageServlet.isMalformedUri(new IOException("disk full"))).isFalse();
    assertThat(ErrorPageServlet.isMalformedUri(null)).isFalse();
  }

  @Test
  void service_answers400Envelope_onMalformedUri() throws Exception {
    // Arrange
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).thenReturn(500);
    when(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
        .thenReturn(new Throwable(ENCODED_SLASH));
    HttpServletResponse response = mock(HttpServletResponse.class);
    StringWriter body = new StringWriter();
    when(response.getWriter()).thenReturn(new PrintWriter(body));

    // Act
    new ErrorPageServlet().service(request, response);

    // Assert
    verify(response).setStatus(400);
    assertThat(body.toString()).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("CWWWC");
  }
}
