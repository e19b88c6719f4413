package com.clicknback.merchants;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.persistence.UniqueViolations;
import com.clicknback.shared.web.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Admin management of merchants (spec 02, 99 M2, M10). */
@ApplicationScoped
public class MerchantService {

  static final String UNIQUE_NAME = "uq_merchants_name";
  static final String RESOURCE = "merchant";

  @Inject MerchantRepository merchants;
  @Inject AuditTrail audit;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject Event<CatalogueChanged> catalogueChanged;

  /** Creates a merchant and audits it. */
  @Transactional
  public Merchant create(MerchantRequests.Create request, Actor admin) {
    double percentage = request.defaultCashbackPercentage();
    double max = settings.maxCashbackPercentage();
    if (percentage < 0 || percentage > max) {
      throw new ApiException(
          ErrorCode.CASHBACK_PERCENTAGE_INVALID,
          "Cashback percentage not valid.",
          Map.of(
              "field",
              "default_cashback_percentage",
              "reason",
              "Cashback percentage is not valid: Default cashback percentage must be between 0 and "
                  + max
                  + "."));
    }
    if (merchants.existsByName(request.name())) {
      throw nameTaken(request.name());
    }
    Merchant merchant =
        new Merchant(
            request.name(),
            percentage,
            request.active() == null || request.active(),
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    try {
      merchants.insert(merchant);
    } catch (PersistenceException e) {
      if (UniqueViolations.isViolationOf(e, UNIQUE_NAME)) {
        throw nameTaken(request.name()); // lost a creation race (99 D9)
      }
      throw e;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", merchant.name());
    details.put("default_cashback_percentage", merchant.defaultCashbackPercentage());
    details.put("active", merchant.active());
    audit.record(
        AuditEntry.success(admin, AuditAction.MERCHANT_CREATED, RESOURCE, merchant.id(), details));
    return merchant;
  }

  @Transactional
  public Page<Merchant> list(Optional<Boolean> active, PageRequest page) {
    return merchants.list(active, page);
  }

  /**
   * Activates or deactivates a merchant. Setting the current status again changes nothing and
   * writes no audit row.
   */
  @Transactional
  public Merchant setActive(String merchantId, boolean active, Actor admin) {
    Merchant merchant =
        Uuids.parsePathId(merchantId)
            .flatMap(merchants::findByIdForUpdate)
            .orElseThrow(() -> notFound(merchantId));
    if (merchant.active() != active) {
      merchant.setActive(active);
      audit.record(
          AuditEntry.success(
              admin,
              active ? AuditAction.MERCHANT_ACTIVATED : AuditAction.MERCHANT_DEACTIVATED,
              RESOURCE,
              merchant.id(),
              Map.of("previous_status", status(!active), "status", status(active))));
      catalogueChanged.fire(new CatalogueChanged());
    }
    return merchant;
  }

  /** The merchant, for features that refer to one (offers, purchases). */
  @Transactional
  public Optional<MerchantSummary> find(UUID id) {
    return merchants.findById(id).map(MerchantSummary::of);
  }

  /** 404 for a merchant id that names nothing (given as the client sent it). */
  public static ApiException notFound(String merchantId) {
    return ErrorResponses.notFound(RESOURCE, "Merchant", merchantId);
  }

  private static String status(boolean active) {
    return active ? "active" : "inactive";
  }

  private static ApiException nameTaken(String name) {
    return new ApiException(
        ErrorCode.MERCHANT_ALREADY_EXISTS,
        "Merchant with name '" + name + "' already exists.",
        Map.of("name", name));
  }
}
