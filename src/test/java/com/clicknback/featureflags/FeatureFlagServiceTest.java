package com.clicknback.featureflags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class FeatureFlagServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T21:56:30.690601789Z");
  private static final OffsetDateTime NOW_MICROS =
      OffsetDateTime.parse("2026-11-24T21:56:30.690601Z");
  private static final OffsetDateTime EARLIER = OffsetDateTime.parse("2026-01-01T00:00:00Z");
  private static final String KEY = "purchase_auto_confirm";
  private static final UUID USER = UUID.fromString("a0000000-0000-0000-0000-00000000000a");
  private static final UUID MERCHANT = UUID.fromString("b0000000-0000-0000-0000-00000000000b");
  private static final Actor ADMIN = Actor.admin(UUID.randomUUID());

  @Mock FeatureFlagRepository repository;
  @Mock AuditTrail audit;

  private final FeatureFlagService service = new FeatureFlagService();

  @BeforeEach
  void wireService() {
    service.flags = repository;
    service.audit = audit;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static FeatureFlagRequests.Set request(
      Boolean enabled, String scopeType, String scopeId, String description) {
    return new FeatureFlagRequests.Set(enabled, scopeType, scopeId, description);
  }

  private static FeatureFlag stored(FlagScope scope, boolean enabled, String description) {
    return new FeatureFlag(KEY, scope, enabled, description, EARLIER);
  }

  private AuditEntry auditedEntry() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  private static Map<String, Object> details(Object... keysAndValues) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      details.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return details;
  }

  @Test
  void set_insertsGlobalRecordAndAuditsCreation_onNewKeyWithoutScope() {
    // Arrange
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE)).thenReturn(Optional.empty());
    when(repository.insertIfAbsent(any())).thenReturn(true);

    // Act
    FeatureFlag flag = service.set(KEY, request(false, null, null, "Pause"), ADMIN);

    // Assert
    verify(repository).insertIfAbsent(flag);
    assertThat(flag.key()).isEqualTo(KEY);
    assertThat(flag.enabled()).isFalse();
    assertThat(flag.scope()).isEqualTo(FlagScope.GLOBAL_SCOPE);
    assertThat(flag.description()).isEqualTo("Pause");
    assertThat(flag.createdAt()).isEqualTo(NOW_MICROS);
    assertThat(flag.updatedAt()).isEqualTo(NOW_MICROS);
    AuditEntry entry = auditedEntry();
    assertThat(entry.action()).isEqualTo(AuditAction.FEATURE_FLAG_SET);
    assertThat(entry.actor()).isEqualTo(ADMIN);
    assertThat(entry.resourceType()).isEqualTo("feature_flag");
    assertThat(entry.resourceId()).isEqualTo(flag.id().toString());
    assertThat(entry.details())
        .isEqualTo(
            details(
                "key",
                KEY,
                "scope_type",
                "global",
                "scope_id",
                null,
                "enabled",
                false,
                "previous_enabled",
                null));
  }

  @Test
  void set_storesNormalisedScopeId_onUpperCaseUnhyphenatedUuid() {
    // Arrange
    FlagScope scope = new FlagScope("merchant", MERCHANT);
    when(repository.findForUpdate(KEY, scope)).thenReturn(Optional.empty());
    when(repository.insertIfAbsent(any())).thenReturn(true);

    // Act
    FeatureFlag flag =
        service.set(
            KEY, request(true, "merchant", "B000000000000000000000000000000B", null), ADMIN);

    // Assert
    assertThat(flag.scope()).isEqualTo(scope);
    assertThat(auditedEntry().details()).containsEntry("scope_id", MERCHANT.toString());
  }

  @Test
  void set_updatesEnabledAndAuditsPreviousValue_onExistingRecord() {
    // Arrange
    FlagScope scope = new FlagScope("user", USER);
    FeatureFlag existing = stored(scope, true, "Keep me");
    when(repository.findForUpdate(KEY, scope)).thenReturn(Optional.of(existing));

    // Act
    FeatureFlag flag = service.set(KEY, request(false, "user", USER.toString(), null), ADMIN);

    // Assert
    assertThat(flag).isSameAs(existing);
    assertThat(flag.enabled()).isFalse();
    assertThat(flag.description()).isEqualTo("Keep me");
    assertThat(flag.createdAt()).isEqualTo(EARLIER);
    assertThat(flag.updatedAt()).isEqualTo(NOW_MICROS);
    verify(repository, never()).insertIfAbsent(any());
    assertThat(auditedEntry().details())
        .isEqualTo(
            details(
                "key",
                KEY,
                "scope_type",
                "user",
                "scope_id",
                USER.toString(),
                "enabled",
                false,
                "previous_enabled",
                true));
  }

  @Test
  void set_replacesDescriptionAndMovesUpdatedAt_onNewDescriptionOnly() {
    // Arrange
    FeatureFlag existing = stored(FlagScope.GLOBAL_SCOPE, true, "Old");
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE)).thenReturn(Optional.of(existing));

    // Act
    FeatureFlag flag = service.set(KEY, request(true, "global", null, "New"), ADMIN);

    // Assert
    assertThat(flag.description()).isEqualTo("New");
    assertThat(flag.updatedAt()).isEqualTo(NOW_MICROS);
    assertThat(auditedEntry().details()).containsEntry("previous_enabled", true);
  }

  @Test
  void set_changesNothingAndWritesNoAudit_onSameValues() {
    // Arrange
    FeatureFlag existing = stored(FlagScope.GLOBAL_SCOPE, true, "Same");
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE)).thenReturn(Optional.of(existing));

    // Act
    FeatureFlag sameDescription = service.set(KEY, request(true, null, null, "Same"), ADMIN);
    FeatureFlag noDescription = service.set(KEY, request(true, null, null, null), ADMIN);

    // Assert
    assertThat(sameDescription.updatedAt()).isEqualTo(EARLIER);
    assertThat(noDescription.description()).isEqualTo("Same");
    assertThat(noDescription.updatedAt()).isEqualTo(EARLIER);
    verifyNoInteractions(audit);
  }

  @Test
  void set_updatesWinnersRecord_onLostCreationRace() {
    // Arrange
    FeatureFlag winner = stored(FlagScope.GLOBAL_SCOPE, true, null);
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE))
        .thenReturn(Optional.empty(), Optional.of(winner));
    when(repository.insertIfAbsent(any())).thenReturn(false);

    // Act
    FeatureFlag flag = service.set(KEY, request(false, null, null, null), ADMIN);

    // Assert
    assertThat(flag).isSameAs(winner);
    assertThat(flag.enabled()).isFalse();
    verify(repository, times(1)).insertIfAbsent(any());
    assertThat(auditedEntry().details()).containsEntry("previous_enabled", true);
  }

  @Test
  void set_givesUp_onRecordVanishingEveryRound() {
    // Arrange
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE)).thenReturn(Optional.empty());
    when(repository.insertIfAbsent(any())).thenReturn(false);

    // Act / Assert
    assertThatThrownBy(() -> service.set(KEY, request(true, null, null, null), ADMIN))
        .isInstanceOf(IllegalStateException.class);
    verify(repository, times(FeatureFlagService.MAX_UPSERT_ATTEMPTS)).insertIfAbsent(any());
    verifyNoInteractions(audit);
  }

  @Test
  void set_refusesBeforeAnyLookup_onInvalidKey() {
    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class,
            () -> service.set("Not-Valid", request(true, "merchant", null, null), ADMIN));

    // Assert
    assertThat(failure.getMessage()).isEqualTo("Invalid feature flag key.");
    verifyNoInteractions(repository, audit);
  }

  @Test
  void set_refusesScopedTypeWithoutId_onMissingScopeId() {
    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> service.set(KEY, request(true, "user", null, null), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FEATURE_FLAG_SCOPE_ID_REQUIRED);
    verifyNoInteractions(repository, audit);
  }

  @Test
  void set_refusesGlobalWithId_onScopeIdWithoutScopeType() {
    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class,
            () -> service.set(KEY, request(true, null, USER.toString(), null), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    assertThat(failure.details()).containsEntry("scope_id", USER.toString());
    verifyNoInteractions(repository, audit);
  }

  @Test
  void isEnabled_isTrue_onNoRecords() {
    // Arrange
    when(repository.findCandidates(KEY, USER, MERCHANT)).thenReturn(List.of());

    // Act
    boolean enabled = service.isEnabled(KEY, USER, MERCHANT);

    // Assert
    assertThat(enabled).isTrue();
  }

  @Test
  void isEnabled_takesMerchantOverGlobal_onNoUserRecord() {
    // Arrange
    when(repository.findCandidates(KEY, USER, MERCHANT))
        .thenReturn(
            List.of(
                stored(FlagScope.GLOBAL_SCOPE, true, null),
                stored(new FlagScope("merchant", MERCHANT), false, null)));

    // Act
    boolean enabled = service.isEnabled(KEY, USER, MERCHANT);

    // Assert
    assertThat(enabled).isFalse();
  }

  @Test
  void isEnabled_takesUserOverMerchantAndGlobal_onAllThreeRecords() {
    // Arrange
    when(repository.findCandidates(KEY, USER, MERCHANT))
        .thenReturn(
            List.of(
                stored(new FlagScope("merchant", MERCHANT), false, null),
                stored(FlagScope.GLOBAL_SCOPE, false, null),
                stored(new FlagScope("user", USER), true, null)));

    // Act
    boolean enabled = service.isEnabled(KEY, USER, MERCHANT);

    // Assert
    assertThat(enabled).isTrue();
  }

  @Test
  void isEnabled_honoursGlobalFalse_onOnlyGlobalRecord() {
    // Arrange
    when(repository.findCandidates(KEY, USER, MERCHANT))
        .thenReturn(List.of(stored(FlagScope.GLOBAL_SCOPE, false, null)));

    // Act
    boolean enabled = service.isEnabled(KEY, USER, MERCHANT);

    // Assert
    assertThat(enabled).isFalse();
  }

  @Test
  void evaluate_looksUpUserScope_onUserType() {
    // Arrange
    when(repository.findCandidates(KEY, USER, null))
        .thenReturn(List.of(stored(new FlagScope("user", USER), false, null)));

    // Act
    boolean enabled = service.evaluate(KEY, "user", Optional.of(USER));

    // Assert
    assertThat(enabled).isFalse();
  }

  @Test
  void evaluate_looksUpMerchantScope_onMerchantType() {
    // Arrange
    when(repository.findCandidates(KEY, null, MERCHANT))
        .thenReturn(List.of(stored(FlagScope.GLOBAL_SCOPE, false, null)));

    // Act
    boolean enabled = service.evaluate(KEY, "merchant", Optional.of(MERCHANT));

    // Assert
    assertThat(enabled).isFalse();
  }

  @Test
  void evaluate_looksUpGlobalOnly_onGlobalWithIdOrUnknownType() {
    // Arrange
    when(repository.findCandidates(KEY, null, null)).thenReturn(List.of());

    // Act
    boolean global = service.evaluate(KEY, "global", Optional.of(USER));
    boolean unknown = service.evaluate(KEY, "team", Optional.of(USER));

    // Assert
    assertThat(global).isTrue();
    assertThat(unknown).isTrue();
    verify(repository, times(2)).findCandidates(KEY, null, null);
  }

  @Test
  void evaluate_refuses_onScopedTypeWithoutId() {
    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> service.evaluate(KEY, "merchant", Optional.empty()));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FEATURE_FLAG_SCOPE_ID_REQUIRED);
    verifyNoInteractions(repository);
  }

  @Test
  void delete_removesAndAudits_onExistingRecord() {
    // Arrange
    FlagScope scope = new FlagScope("merchant", MERCHANT);
    FeatureFlag existing = stored(scope, false, null);
    when(repository.findForUpdate(KEY, scope)).thenReturn(Optional.of(existing));

    // Act
    service.delete(KEY, "merchant", Optional.of(MERCHANT), ADMIN);

    // Assert
    verify(repository).delete(existing);
    AuditEntry entry = auditedEntry();
    assertThat(entry.action()).isEqualTo(AuditAction.FEATURE_FLAG_DELETED);
    assertThat(entry.resourceId()).isEqualTo(existing.id().toString());
    assertThat(entry.details())
        .isEqualTo(
            details(
                "key",
                KEY,
                "scope_type",
                "merchant",
                "scope_id",
                MERCHANT.toString(),
                "enabled",
                false));
  }

  @Test
  void delete_throws404NamingKeyAndScope_onMissingRecord() {
    // Arrange
    when(repository.findForUpdate(KEY, FlagScope.GLOBAL_SCOPE)).thenReturn(Optional.empty());

    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> service.delete(KEY, "global", Optional.empty(), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FEATURE_FLAG_NOT_FOUND);
    assertThat(failure.getMessage())
        .isEqualTo("Feature flag 'purchase_auto_confirm' (scope global) does not exist.");
    assertThat(failure.details())
        .isEqualTo(details("key", KEY, "scope_type", "global", "scope_id", null));
    verify(repository, never()).delete(any());
    verifyNoInteractions(audit);
  }

  @Test
  void delete_refusesGlobalWithId_beforeLookup() {
    // Act
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> service.delete(KEY, "global", Optional.of(MERCHANT), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.VALIDATION_ERROR);
    verifyNoInteractions(repository, audit);
  }
}
