package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebApplicationExceptionMapperTest {

  private final UriInfo uriInfo = mock(UriInfo.class);
  private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

  @BeforeEach
  void setUp() throws ReflectiveOperationException {
    when(uriInfo.getRequestUri())
        .thenReturn(URI.create("http://localhost:9080/api/v1/nope%20here?token=secret"));
    Field field = WebApplicationExceptionMapper.class.getDeclaredField("uriInfo");
    field.setAccessible(true);
    field.set(mapper, uriInfo);
  }

  private static ErrorEnvelope.Error errorOf(Response response) {
    return ((ErrorEnvelope) response.getEntity()).error();
  }

  @Test
  void toResponse_answers404WithPath_onNotFoundException() {
    // Arrange
    NotFoundException exception = new NotFoundException();

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    assertThat(errorOf(response).code()).isEqualTo("NOT_FOUND");
    assertThat(errorOf(response).details()).isEqualTo(Map.of("path", "/api/v1/nope%20here"));
  }

  @Test
  void toResponse_answers405WithSortedAllowedMethods_onNotAllowedException() {
    // Arrange
    NotAllowedException exception = new NotAllowedException("POST", new String[] {"GET", "DELETE"});

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeaderString("Allow")).isEqualTo("DELETE, GET, POST");
    assertThat(errorOf(response).code()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(errorOf(response).details())
        .isEqualTo(Map.of("allowed_methods", List.of("DELETE", "GET", "POST")));
  }

  @Test
  void toResponse_answers415_onNotSupportedException() {
    // Arrange
    NotSupportedException exception = new NotSupportedException();

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(errorOf(response).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(errorOf(response).details()).isEmpty();
  }

  @Test
  void toResponse_answers406_onNotAcceptableException() {
    // Arrange
    NotAcceptableException exception = new NotAcceptableException();

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(406);
    assertThat(errorOf(response).code()).isEqualTo("NOT_ACCEPTABLE");
  }

  private static JsonParsingException parseFailure(String body) {
    try {
      Json.createReader(new StringReader(body)).read();
    } catch (JsonParsingException e) {
      return e;
    }
    throw new AssertionError(body + " should not parse");
  }

  static Stream<Named<WebApplicationException>> otherClientErrors() {
    return Stream.of(
        Named.of("BadRequestException without JSON cause", new BadRequestException()),
        Named.of("409", new ClientErrorException(409)),
        Named.of("410", new WebApplicationException(410)),
        Named.of("414", new WebApplicationException(414)));
  }

  @ParameterizedTest
  @MethodSource("otherClientErrors")
  void toResponse_answers400BadRequest_onOtherClientError(WebApplicationException exception) {
    // Arrange: a 4xx without a dedicated mapping

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(errorOf(response).code()).isEqualTo("BAD_REQUEST");
    assertThat(errorOf(response).details()).isEmpty();
  }

  static Stream<Named<WebApplicationException>> serverErrors() {
    return Stream.of(
        Named.of("InternalServerErrorException", new InternalServerErrorException("db down")),
        Named.of("ServiceUnavailableException", new ServiceUnavailableException()),
        Named.of("502", new WebApplicationException("upstream said SELECT 1", 502)));
  }

  @ParameterizedTest
  @MethodSource("serverErrors")
  void toResponse_answersGeneric500_onServerError(WebApplicationException exception) {
    // Arrange: a 5xx raised inside JAX-RS

    // Act
    Response response = mapper.toResponse(exception);

    // Assert
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(errorOf(response).code()).isEqualTo("INTERNAL_SERVER_ERROR");
    assertThat(errorOf(response).message())
        .isEqualTo("An unexpected error occurred. Our team has been notified. Please retry later.");
    assertThat(errorOf(response).details()).containsOnlyKeys("request_id", "timestamp");
  }
}
