package com.clicknback.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clicknback.shared.errors.ErrorEnvelope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class QueryTextFilterTest {

  private final QueryTextFilter filter = new QueryTextFilter();

  private static ContainerRequestContext requestWithQuery(String name, String value) {
    MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    query.add("limit", "10");
    query.add(name, value);
    UriInfo uriInfo = mock(UriInfo.class);
    when(uriInfo.getQueryParameters()).thenReturn(query);
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    when(request.getUriInfo()).thenReturn(uriInfo);
    return request;
  }

  @Test
  void filter_aborts422NamingParameter_onNulCharacter() {
    // Arrange
    ContainerRequestContext request = requestWithQuery("action", "a\u0000b");

    // Act
    filter.filter(request);

    // Assert
    ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
    verify(request).abortWith(response.capture());
    assertThat(response.getValue().getStatus()).isEqualTo(422);
    ErrorEnvelope envelope = (ErrorEnvelope) response.getValue().getEntity();
    assertThat(envelope.toString()).contains("action").contains(JsonStrings.NUL_CHARACTER);
  }

  @Test
  void filter_letsRequestThrough_onOrdinaryText() {
    // Arrange
    ContainerRequestContext request = requestWithQuery("action", "' OR 1=1 -- <script>😀");

    // Act
    filter.filter(request);

    // Assert
    verify(request, never()).abortWith(any());
  }
}
