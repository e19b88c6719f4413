package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.clicknback.shared.web.RequestTracingFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnexpectedErrorsTest {

  private static final Logger LOG =
      Logger.getLogger("com.clicknback.shared.errors.UnexpectedErrors");

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void attachHandler() {
    LOG.addHandler(capture);
  }

  @AfterEach
  void detachHandler() {
    LOG.removeHandler(capture);
  }

  private static <T extends Throwable> T withFrames(T failure, StackTraceElement... frames) {
    failure.setStackTrace(frames);
    return failure;
  }

  private static StackTraceElement frame(String className, String method, int line) {
    String file = className.substring(className.lastIndexOf('.') + 1) + ".java";
    return new StackTraceElement(className, method, file, line);
  }

  private String loggedMessage() {
    assertThat(records).hasSize(1);
    return new SimpleFormatter().formatMessage(records.get(0));
  }

  @Test
  void describe_givesTypesAndOriginButNoMessage_onPersistenceFailure() {
    // Arrange
    Throwable failure =
        new IllegalStateException(
            "Call: INSERT INTO users (email) VALUES ('someone@example.com')",
            new IOException("Detail: Key (email)=(someone@example.com) already exists."));

    // Act
    String described = UnexpectedErrors.describe(failure);

    // Assert
    assertThat(described)
        .startsWith("type=java.lang.IllegalStateException <- java.io.IOException at=")
        .contains("UnexpectedErrorsTest")
        .doesNotContain("INSERT", "example.com", "Detail");
  }

  @Test
  void describeTypes_listsTypesOutermostFirst_onChainOfCauses() {
    // Arrange
    Throwable failure =
        new IllegalStateException(new UncheckedIOException(new IOException("disk full")));

    // Act
    String types = UnexpectedErrors.describeTypes(failure);

    // Assert
    assertThat(types)
        .isEqualTo(
            "java.lang.IllegalStateException <- java.io.UncheckedIOException <- java.io.IOException");
  }

  @Test
  void describeTypes_stopsAfterFiveTypes_onLongChain() {
    // Arrange
    Throwable failure = new IOException("innermost");
    for (int i = 0; i < 6; i++) {
      failure = new RuntimeException(failure);
    }

    // Act
    String types = UnexpectedErrors.describeTypes(failure);

    // Assert
    assertThat(types.split(" <- ")).hasSize(5).containsOnly("java.lang.RuntimeException");
  }

  @Test
  void origin_reportsInnermostApplicationFrame_onCauseThrownInApplicationCode() {
    // Arrange
    Throwable cause =
        withFrames(
            new SQLException("duplicate key"),
            frame("org.postgresql.core.v3.QueryExecutorImpl", "execute", 100),
            frame("com.clicknback.merchants.MerchantRepository", "insert", 42),
            frame("com.clicknback.merchants.MerchantService", "create", 17));
    Throwable failure =
        withFrames(
            new IllegalStateException("wrapped", cause),
            frame("jakarta.persistence.Something", "flush", 1),
            frame("com.clicknback.merchants.MerchantService", "create", 18));

    // Act
    String origin = UnexpectedErrors.origin(failure);

    // Assert
    assertThat(origin)
        .isEqualTo(
            "com.clicknback.merchants.MerchantRepository.insert(MerchantRepository.java:42)");
  }

  @Test
  void origin_keepsOuterApplicationFrame_onCauseWithoutApplicationFrames() {
    // Arrange
    Throwable cause =
        withFrames(new IOException("reset"), frame("java.net.SocketInputStream", "read", 9));
    Throwable failure =
        withFrames(
            new IllegalStateException(cause),
            frame("com.clicknback.payouts.PayoutService", "process", 33));

    // Act
    String origin = UnexpectedErrors.origin(failure);

    // Assert
    assertThat(origin)
        .isEqualTo("com.clicknback.payouts.PayoutService.process(PayoutService.java:33)");
  }

  @Test
  void origin_reportsFirstFrame_onFailureWithoutApplicationFrames() {
    // Arrange
    Throwable failure =
        withFrames(
            new IllegalStateException(),
            frame("org.apache.cxf.Foo", "bar", 5),
            frame("org.apache.cxf.Baz", "qux", 6));

    // Act
    String origin = UnexpectedErrors.origin(failure);

    // Assert
    assertThat(origin).isEqualTo("org.apache.cxf.Foo.bar(Foo.java:5)");
  }

  @Test
  void origin_reportsUnknown_onFailureWithoutStackTrace() {
    // Arrange
    Throwable failure = withFrames(new IllegalStateException());

    // Act
    String origin = UnexpectedErrors.origin(failure);

    // Assert
    assertThat(origin).isEqualTo("unknown");
  }

  @Test
  void log_writesRequestIdAndTypesButNoMessage_onFailureCarryingSql() {
    // Arrange
    Throwable failure =
        new IllegalStateException(
            "query failed",
            new SQLException("SELECT hashed_password FROM users WHERE email = 'bob@example.com'"));

    // Act
    UnexpectedErrors.log(failure, "req-42");

    // Assert
    assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(records.get(0).getThrown()).isNull();
    assertThat(loggedMessage())
        .contains("req-42", "java.lang.IllegalStateException", "java.sql.SQLException")
        .doesNotContain("query failed", "SELECT", "hashed_password", "bob@example.com");
  }

  @Test
  void respond_usesIdOfCurrentRequest_insideTracedRequest() throws Exception {
    // Arrange
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
    when(request.getHeader("X-Request-ID")).thenReturn("client-req-9");
    FilterChain chain = mock(FilterChain.class);
    AtomicReference<Response> answered = new AtomicReference<>();
    doAnswer(
            call -> {
              answered.set(UnexpectedErrors.respond(new RuntimeException("boom")));
              return null;
            })
        .when(chain)
        .doFilter(any(), any());

    // Act
    new RequestTracingFilter().doFilter(request, mock(HttpServletResponse.class), chain);

    // Assert
    ErrorEnvelope envelope = (ErrorEnvelope) answered.get().getEntity();
    assertThat(answered.get().getStatus()).isEqualTo(500);
    assertThat(envelope.error().details()).containsEntry("request_id", "client-req-9");
    assertThat(loggedMessage()).contains("request_id=client-req-9").doesNotContain("boom");
  }
}
