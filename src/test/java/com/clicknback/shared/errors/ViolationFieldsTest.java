package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.web.JsonbProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationFieldsTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  public record LineItem(@NotNull @Min(1) Integer unitPrice, @NotBlank String sku) {}

  /** Declared so that declaration order and alphabetical order differ. */
  public record OrderRequest(
      @NotBlank String customerName,
      @Email String contactEmail,
      @NotNull @Valid List<LineItem> items) {}

  public record BasketRequest(@NotNull List<@NotNull LineItem> items) {}

  @Path("/orders")
  public static class OrdersResource {

    @POST
    public void create(@Valid @NotNull OrderRequest body) {}

    @GET
    public void list(
        @QueryParam("limit") @Min(1) @Max(100) Integer limit,
        @QueryParam("offset") @Min(0) Integer offset) {}

    @PUT
    @Path("{id}")
    public void update(
        @PathParam("id") @Size(min = 3) String id, @Valid @NotNull OrderRequest body) {}

    @POST
    @Path("baskets")
    public void createBasket(@Valid @NotNull BasketRequest body) {}
  }

  private static List<Violation> violationsOf(String methodName, Object... arguments) {
    Method method =
        Arrays.stream(OrdersResource.class.getMethods())
            .filter(m -> m.getName().equals(methodName))
            .findFirst()
            .orElseThrow();
    Set<ConstraintViolation<OrdersResource>> violations =
        VALIDATOR.forExecutables().validateParameters(new OrdersResource(), method, arguments);
    return ViolationFields.describe(violations);
  }

  private static LineItem validItem() {
    return new LineItem(100, "SKU-1");
  }

  private static OrderRequest validOrder() {
    return new OrderRequest("Alice", "alice@example.com", List.of(validItem()));
  }

  @Test
  void describe_namesBodyFieldInSnakeCase_onInvalidBodyProperty() {
    // Arrange
    OrderRequest body = new OrderRequest(" ", "alice@example.com", List.of(validItem()));

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations).containsExactly(new Violation("customer_name", "Field required"));
  }

  @Test
  void describe_namesListElementByIndex_onInvalidNestedProperty() {
    // Arrange
    OrderRequest body =
        new OrderRequest("Alice", null, List.of(validItem(), new LineItem(0, "SKU-2")));

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations)
        .containsExactly(
            new Violation("items.1.unit_price", "Input should be greater than or equal to 1"));
  }

  @Test
  void describe_namesBody_onMissingBody() {
    // Arrange
    OrderRequest body = null;

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations).containsExactly(new Violation("body", "Field required"));
  }

  @Test
  void describe_namesQueryParametersByTheirHttpName_onInvalidQuery() {
    // Arrange
    Integer limit = 101;
    Integer offset = -1;

    // Act
    List<Violation> violations = violationsOf("list", limit, offset);

    // Assert
    assertThat(violations)
        .containsExactly(
            new Violation("limit", "Input should be less than or equal to 100"),
            new Violation("offset", "Input should be greater than or equal to 0"));
  }

  @Test
  void describe_listsBodyFieldsInDeclarationOrder_onSeveralInvalidFields() {
    // Arrange
    OrderRequest body = new OrderRequest("", "not-an-email", null);

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly("customer_name", "contact_email", "items");
  }

  @Test
  void describe_listsParametersInIndexOrder_onInvalidPathAndBody() {
    // Arrange
    OrderRequest body = new OrderRequest(null, "alice@example.com", List.of(validItem()));

    // Act
    List<Violation> violations = violationsOf("update", "x", body);

    // Assert
    assertThat(violations).extracting(Violation::field).containsExactly("id", "customer_name");
  }

  @Test
  void describe_usesProjectMessages_onEachConstraint() {
    // Arrange
    OrderRequest body = new OrderRequest(null, "not-an-email", List.of(new LineItem(null, "")));

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations)
        .extracting(Violation::reason)
        .containsExactlyInAnyOrder(
            "Field required",
            "value is not a valid email address",
            "Field required",
            "Field required");
  }

  @Test
  void describe_namesListElementByIndexOnly_onNullElement() {
    // Arrange
    List<LineItem> items = new ArrayList<>();
    items.add(validItem());
    items.add(null);

    // Act
    List<Violation> violations = violationsOf("createBasket", new BasketRequest(items));

    // Assert
    assertThat(violations).containsExactly(new Violation("items.1", "Field required"));
  }

  @Test
  void describe_listsNestedFieldsInDeclarationOrder_onSeveralInvalidFieldsOfOneElement() {
    // Arrange
    OrderRequest body = new OrderRequest("Alice", null, List.of(new LineItem(0, " ")));

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly("items.0.unit_price", "items.0.sku");
  }

  @Test
  void describe_listsElementsInIndexOrder_onMoreThanTenElements() {
    // Arrange
    List<LineItem> items =
        IntStream.range(0, 11)
            .mapToObj(i -> i == 2 || i == 10 ? new LineItem(0, "SKU") : validItem())
            .toList();
    OrderRequest body = new OrderRequest("Alice", null, items);

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly("items.2.unit_price", "items.10.unit_price");
  }

  @Test
  void describe_returnsNothing_onValidArguments() {
    // Arrange
    OrderRequest body = validOrder();

    // Act
    List<Violation> violations = violationsOf("create", body);

    // Assert
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "unitPrice, unit_price",
    "id, id",
    "defaultCashbackPercentage, default_cashback_percentage",
    "addressLine2, address_line2",
    "scopeId, scope_id"
  })
  void toSnakeCase_insertsUnderscoreBeforeEachCapital_onCamelCaseName(
      String javaName, String expected) {
    // Arrange: a Java property name

    // Act
    String snake = ViolationFields.toSnakeCase(javaName);

    // Assert
    assertThat(snake).isEqualTo(expected);
  }

  public record NamingSample(
      int unitPrice, int addressLine2, int defaultCashbackPercentage, int scopeId, int x) {}

  public record AcronymSample(int userID, int externalURL) {}

  private static List<String> jsonbNamesOf(Object sample) {
    String json = JsonbProvider.jsonb().toJson(sample);
    JsonObject written = Json.createReader(new StringReader(json)).readObject();
    return List.copyOf(written.keySet());
  }

  private static List<String> snakeCaseNamesOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(component -> ViolationFields.toSnakeCase(component.getName()))
        .toList();
  }

  @Test
  void toSnakeCase_spellsNamesLikeJsonb_onCamelCaseProperties() {
    // Arrange
    List<String> written = jsonbNamesOf(new NamingSample(1, 2, 3, 4, 5));

    // Act
    List<String> converted = snakeCaseNamesOf(NamingSample.class);

    // Assert
    assertThat(converted).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void toSnakeCase_spellsNamesLikeJsonb_onConsecutiveCapitals() {
    // Arrange
    List<String> written = jsonbNamesOf(new AcronymSample(1, 2));

    // Act
    List<String> converted = snakeCaseNamesOf(AcronymSample.class);

    // Assert
    assertThat(converted).containsExactlyInAnyOrderElementsOf(written);
  }
}
