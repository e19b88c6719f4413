package it.com.clicknback;

import static it.com.clicknback.support.ApiClient.get;
import static it.com.clicknback.support.ApiClient.json;
import static it.com.clicknback.support.ApiClient.request;
import static it.com.clicknback.support.ApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class OpenApiIT {

  @Test
  void openapi_describesApiWithBearerScheme_onJsonRequest() {
    // Act
    HttpResponse<String> response =
        send(request("/openapi").header("Accept", "application/json").GET());

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject document = json(response);
    JsonObject info = document.getJsonObject("info");
    assertThat(info.getString("title")).isEqualTo("ClickNBack API");
    assertThat(info.getString("version")).isNotBlank();
    assertThat(info.getString("description")).isNotBlank();
    JsonObject bearer =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("bearerAuth");
    assertThat(bearer.getString("type")).isEqualTo("http");
    assertThat(bearer.getString("scheme")).isEqualTo("bearer");
    assertThat(bearer.getString("bearerFormat")).isEqualTo("JWT");
  }

  @Test
  void openapi_namesPropertiesInSnakeCaseAndSecuresMe_always() {
    // Act
    JsonObject document =
        json(send(request("/openapi").header("Accept", "application/json").GET()));

    // Assert
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("User").getJsonObject("properties")).containsKey("created_at");
    assertThat(schemas.getJsonObject("TokenPair").getJsonObject("properties"))
        .containsKeys("access_token", "refresh_token", "token_type");
    JsonObject me = document.getJsonObject("paths").getJsonObject("/api/v1/users/me");
    assertThat(me.getJsonObject("get").getJsonArray("security").toString()).contains("bearerAuth");
  }

  @Test
  void openapiUi_servesHtml_always() {
    // Act
    HttpResponse<String> response = get("/openapi/ui/");

    // Assert
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
  }

  @Test
  void docs_redirectsToOpenApiUi_onGet() {
    // Act
    HttpResponse<String> response = get("/docs");

    // Assert
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("/openapi/ui");
  }
}
