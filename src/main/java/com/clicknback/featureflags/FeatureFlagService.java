package com.clicknback.featureflags;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Feature flags: admin management (spec 04, 99 M6, M10, D9) and resolution (99 M5). */
@ApplicationScoped
public class FeatureFlagService {

  static final String RESOURCE = "feature_flag";

  /** Find-or-insert rounds before giving up; each lost round means a concurrent change. */
  static final int MAX_UPSERT_ATTEMPTS = 3;

  @Inject FeatureFlagRepository flags;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Creates or updates the record of this key and scope (spec 04 §2) and audits a real change. A
   * concurrent creation of the same record is not an error: the loser updates the winner's record
   * (99 D9), so both requests succeed and one record remains.
   */
  @Transactional
  public FeatureFlag set(String key, FeatureFlagRequests.Set request, Actor admin) {
    FeatureFlagKey.requireValid(key);
    FlagScope scope =
        FlagScope.forChange(
            request.scopeTypeOrGlobal(), Uuids.parse(request.scopeId()).orElse(null));
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    for (int attempt = 0; attempt < MAX_UPSERT_ATTEMPTS; attempt++) {
      Optional<FeatureFlag> existing = flags.findForUpdate(key, scope);
      if (existing.isPresent()) {
        return update(existing.get(), request, admin, now);
      }
      FeatureFlag created =
          new FeatureFlag(key, scope, request.enabled(), request.description(), now);
      if (flags.insertIfAbsent(created)) {
        audit.record(setEntry(admin, created, null));
        return created;
      }
      // Lost a creation race: the winner's record is committed now, so the next round updates it.
    }
    throw new IllegalStateException(
        "Feature flag " + key + " (" + scope.label() + ") kept changing during an upsert");
  }

  @Transactional
  public Page<FeatureFlag> list(FeatureFlagFilter filter, PageRequest page) {
    return flags.list(filter, page);
  }

  /**
   * Whether the flag is on for a scope (spec 04 §4 with 99 M5): any key and any scope type; a
   * non-global type needs an id, which a type other than user or merchant never matches.
   */
  @Transactional
  public boolean evaluate(String key, String scopeType, Optional<UUID> scopeId) {
    FlagScope scope = FlagScope.forEvaluation(scopeType, scopeId.orElse(null));
    return switch (scope.type()) {
      case FlagScope.USER -> isEnabled(key, scope.id(), null);
      case FlagScope.MERCHANT -> isEnabled(key, null, scope.id());
      default -> isEnabled(key, null, null);
    };
  }

  /**
   * Whether the flag is on for a user at a merchant (99 M5): the user's record, else the
   * merchant's, else the global one, else on. Either id may be null (that scope is skipped). One
   * query, no cache: a change is seen at once.
   */
  @Transactional
  public boolean isEnabled(String key, UUID userId, UUID merchantId) {
    List<FeatureFlag> candidates = flags.findCandidates(key, userId, merchantId);
    return FlagResolution.resolve(
        valueIn(candidates, FlagScope.USER),
        valueIn(candidates, FlagScope.MERCHANT),
        valueIn(candidates, FlagScope.GLOBAL));
  }

  /** Deletes the record of this key and exact scope and audits it (99 M6, M10). */
  @Transactional
  public void delete(String key, String scopeType, Optional<UUID> scopeId, Actor admin) {
    FlagScope scope = FlagScope.forChange(scopeType, scopeId.orElse(null));
    FeatureFlag flag = flags.findForUpdate(key, scope).orElseThrow(() -> notFound(key, scope));
    flags.delete(flag);
    Map<String, Object> details = describe(key, scope);
    details.put("enabled", flag.enabled());
    audit.record(
        AuditEntry.success(admin, AuditAction.FEATURE_FLAG_DELETED, RESOURCE, flag.id(), details));
  }

  private FeatureFlag update(
      FeatureFlag flag, FeatureFlagRequests.Set request, Actor admin, OffsetDateTime now) {
    boolean previous = flag.enabled();
    if (flag.update(request.enabled(), request.description(), now)) {
      audit.record(setEntry(admin, flag, previous));
    }
    return flag;
  }

  private static AuditEntry setEntry(Actor admin, FeatureFlag flag, Boolean previousEnabled) {
    Map<String, Object> details = describe(flag.key(), flag.scope());
    details.put("enabled", flag.enabled());
    details.put("previous_enabled", previousEnabled);
    return AuditEntry.success(admin, AuditAction.FEATURE_FLAG_SET, RESOURCE, flag.id(), details);
  }

  /** Key and scope, for audit and error details, in a map the caller may extend. */
  private static Map<String, Object> describe(String key, FlagScope scope) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key);
    details.put("scope_type", scope.type());
    details.put("scope_id", scope.idText());
    return details;
  }

  private static Optional<Boolean> valueIn(List<FeatureFlag> candidates, String scopeType) {
    return candidates.stream()
        .filter(flag -> flag.scope().type().equals(scopeType))
        .map(FeatureFlag::enabled)
        .findFirst();
  }

  static ApiException notFound(String key, FlagScope scope) {
    return new ApiException(
        ErrorCode.FEATURE_FLAG_NOT_FOUND,
        "Feature flag '" + key + "' (scope " + scope.label() + ") does not exist.",
        describe(key, scope));
  }
}
