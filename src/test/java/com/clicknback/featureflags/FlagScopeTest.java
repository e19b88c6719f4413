package com.clicknback.featureflags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagScopeTest {

  private static final UUID ID = UUID.fromString("f0000000-0000-0000-0000-000000000001");

  @Test
  void forChange_givesGlobalWithoutId_onGlobalWithoutId() {
    // Act
    FlagScope scope = FlagScope.forChange("global", null);

    // Assert
    assertThat(scope).isEqualTo(FlagScope.GLOBAL_SCOPE);
    assertThat(scope.isGlobal()).isTrue();
    assertThat(scope.label()).isEqualTo("global");
    assertThat(scope.idText()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchant", "user"})
  void forChange_keepsTypeAndId_onScopedTypeWithId(String type) {
    // Act
    FlagScope scope = FlagScope.forChange(type, ID);

    // Assert
    assertThat(scope).isEqualTo(new FlagScope(type, ID));
    assertThat(scope.isGlobal()).isFalse();
    assertThat(scope.label()).isEqualTo(type + "/" + ID);
    assertThat(scope.idText()).isEqualTo(ID.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchant", "user"})
  void forChange_throwsScopeIdRequired_onScopedTypeWithoutId(String type) {
    // Act
    ApiException failure =
        catchThrowableOfType(ApiException.class, () -> FlagScope.forChange(type, null));

    // Assert
    assertThat(failure).isNotNull();
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FEATURE_FLAG_SCOPE_ID_REQUIRED);
    assertThat(failure.getMessage())
        .isEqualTo("scope_id is required when scope_type is '" + type + "'.");
    assertThat(failure.details()).isEqualTo(Map.of("scope_type", type));
  }

  @Test
  void forChange_throws422NamingScope_onGlobalWithId() {
    // Act
    ApiException failure =
        catchThrowableOfType(ApiException.class, () -> FlagScope.forChange("global", ID));

    // Assert
    assertThat(failure).isNotNull();
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(failure.getMessage())
        .isEqualTo("scope_id must be null when scope_type is 'global'.");
    assertThat(failure.details())
        .isEqualTo(Map.of("scope_type", "global", "scope_id", ID.toString()));
  }

  @Test
  void forEvaluation_ignoresId_onGlobal() {
    // Act
    FlagScope scope = FlagScope.forEvaluation("global", ID);

    // Assert
    assertThat(scope).isEqualTo(FlagScope.GLOBAL_SCOPE);
  }

  @Test
  void forEvaluation_keepsUnknownTypeWithId_onFreeTextType() {
    // Act
    FlagScope scope = FlagScope.forEvaluation("team", ID);

    // Assert
    assertThat(scope).isEqualTo(new FlagScope("team", ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchant", "user", "team", ""})
  void forEvaluation_throwsScopeIdRequired_onNonGlobalWithoutId(String type) {
    // Act
    ApiException failure =
        catchThrowableOfType(ApiException.class, () -> FlagScope.forEvaluation(type, null));

    // Assert
    assertThat(failure).isNotNull();
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FEATURE_FLAG_SCOPE_ID_REQUIRED);
    assertThat(failure.details()).isEqualTo(Map.of("scope_type", type));
  }
}
