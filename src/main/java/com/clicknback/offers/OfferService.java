package com.clicknback.offers;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.merchants.CatalogueChanged;
import com.clicknback.merchants.MerchantService;
import com.clicknback.merchants.MerchantSummary;
import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.persistence.UniqueViolations;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.web.JsonDocument;
import com.clicknback.shared.web.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Offers: admin creation and status changes, listings and details for every user (spec 03). */
@ApplicationScoped
public class OfferService {

  static final String ONE_ACTIVE_PER_MERCHANT = "uq_offers_one_active_per_merchant";
  static final String RESOURCE = "offer";
  static final String FORBIDDEN_MESSAGE = "You do not have permission to view this offer.";
  static final String INACTIVE_OFFER_REASON =
      "This offer is inactive. Only admin users can view inactive offers.";
  static final String INACTIVE_MERCHANT_REASON =
      "The merchant for this offer is inactive. Only admin users can view offers from inactive"
          + " merchants.";

  @Inject OfferRepository offers;
  @Inject MerchantService merchants;
  @Inject AuditTrail audit;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject LiveOffersCache liveOffers;
  @Inject Event<CatalogueChanged> catalogueChanged;

  /**
   * Creates an active offer and audits it. Checks in the spec's order, first failure only: the
   * business rules, the merchant exists, is active, and has no active offer (99 M3; the partial
   * unique index settles races the same way, 99 D9).
   */
  @Transactional
  public Offer create(OfferDraft draft, Actor admin) {
    OfferRules.creationViolation(draft, today(), settings.maxCashbackPercentage())
        .ifPresent(
            violation -> {
              throw ErrorResponses.invalidBody(violation.field(), violation.reason());
            });
    UUID merchantId = draft.merchantId();
    MerchantSummary merchant =
        merchants
            .find(merchantId)
            .orElseThrow(() -> MerchantService.notFound(merchantId.toString()));
    if (!merchant.active()) {
      throw merchantNotActive(merchantId);
    }
    if (offers.hasActiveOffer(merchantId)) {
      throw activeOfferExists(merchantId);
    }
    Offer offer =
        Offer.create(
            merchantId,
            draft.fixed(),
            draft.cashbackValue(),
            draft.startDate(),
            draft.endDate(),
            draft.monthlyCap(),
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    try {
      offers.insert(offer);
    } catch (PersistenceException e) {
      throw raceLostOr(e, merchantId);
    }
    audit.record(
        AuditEntry.success(
            admin, AuditAction.OFFER_CREATED, RESOURCE, offer.id(), auditDetails(offer)));
    catalogueChanged.fire(new CatalogueChanged());
    return offer;
  }

  /** Every offer matching the filter; 400 for an unknown status or an inverted date window. */
  @Transactional
  public Page<Offer> list(OfferFilter filter, PageRequest page) {
    List<Violation> violations =
        OfferRules.listViolations(filter.status().orElse(null), filter.dateFrom(), filter.dateTo());
    if (!violations.isEmpty()) {
      throw ErrorResponses.invalidQuery(violations);
    }
    return offers.list(filter, page);
  }

  /**
   * The offers live today (UTC): active, of an active merchant, and within their window; cached for
   * a few seconds ({@link LiveOffersCache}). Reads only, so it runs without a transaction; under
   * READ COMMITTED one would not make the page and its count a single snapshot anyway.
   */
  public JsonDocument listLive(PageRequest page) {
    LocalDate today = today();
    return liveOffers.get(
        today, page, () -> JsonDocument.of(offers.listLive(today, page).map(ActiveOfferOut::of)));
  }

  /**
   * One offer with its merchant's name. Admins see every offer; others get 403 for an inactive
   * offer or an offer of an inactive merchant. Dates are not checked.
   */
  @Transactional
  public OfferWithMerchant details(String offerId, Account caller) {
    Offer offer =
        Uuids.parsePathId(offerId).flatMap(offers::findById).orElseThrow(() -> notFound(offerId));
    MerchantSummary merchant =
        merchants
            .find(offer.merchantId())
            .orElseThrow(() -> new IllegalStateException("Offer without merchant: " + offerId));
    if (!caller.isAdmin() && !offer.active()) {
      throw forbidden(offerId, INACTIVE_OFFER_REASON);
    }
    if (!caller.isAdmin() && !merchant.active()) {
      throw forbidden(offerId, INACTIVE_MERCHANT_REASON);
    }
    return new OfferWithMerchant(offer, merchant.name());
  }

  /**
   * Activates or deactivates an offer. Reactivation is refused while the merchant has another
   * active offer (99 M3). Setting the current status again changes nothing and writes no audit row;
   * the merchant's own status is not checked.
   */
  @Transactional
  public Offer setActive(String offerId, boolean active, Actor admin) {
    Offer offer =
        Uuids.parsePathId(offerId)
            .flatMap(offers::findByIdForUpdate)
            .orElseThrow(() -> notFound(offerId));
    if (offer.active() == active) {
      return offer;
    }
    if (active && offers.hasActiveOffer(offer.merchantId())) {
      throw activeOfferExists(offer.merchantId());
    }
    String previous = offer.status();
    offer.setActive(active);
    try {
      offers.flush();
    } catch (PersistenceException e) {
      throw raceLostOr(e, offer.merchantId());
    }
    audit.record(
        AuditEntry.success(
            admin,
            active ? AuditAction.OFFER_ACTIVATED : AuditAction.OFFER_DEACTIVATED,
            RESOURCE,
            offer.id(),
            Map.of("previous_status", previous, "status", offer.status())));
    catalogueChanged.fire(new CatalogueChanged());
    return offer;
  }

  /**
   * The merchant's offer that applies on {@code date}: active and with the date in its window (spec
   * 07 §2). The merchant's own status is the caller's concern.
   */
  @Transactional
  public Optional<OfferTerms> findActiveOfferFor(UUID merchantId, LocalDate date) {
    return offers.findActiveOn(merchantId, date).map(OfferTerms::of);
  }

  /** 404 for an offer id that names nothing (given as the client sent it). */
  static ApiException notFound(String offerId) {
    return ErrorResponses.notFound(RESOURCE, "Offer", offerId);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The 409 when a concurrent creation or reactivation won the index (99 D9); else rethrows. */
  private static RuntimeException raceLostOr(PersistenceException e, UUID merchantId) {
    if (UniqueViolations.isViolationOf(e, ONE_ACTIVE_PER_MERCHANT)) {
      return activeOfferExists(merchantId);
    }
    return e;
  }

  private static ApiException merchantNotActive(UUID merchantId) {
    return new ApiException(
        ErrorCode.MERCHANT_NOT_ACTIVE,
        "Cannot create offer for merchant '" + merchantId + "'. Merchant is not active.",
        Map.of(
            "merchant_id",
            merchantId.toString(),
            "action",
            "Activate the merchant before creating offers."));
  }

  private static ApiException activeOfferExists(UUID merchantId) {
    return new ApiException(
        ErrorCode.ACTIVE_OFFER_ALREADY_EXISTS,
        "An active offer already exists for merchant '"
            + merchantId
            + "'. Deactivate the existing offer before creating a new one.",
        Map.of(
            "merchant_id",
            merchantId.toString(),
            "action",
            "Deactivate the existing offer before creating a new one."));
  }

  private static ApiException forbidden(String offerId, String reason) {
    return new ApiException(
        ErrorCode.FORBIDDEN,
        FORBIDDEN_MESSAGE,
        Map.of("resource_type", RESOURCE, "resource_id", offerId, "reason", reason));
  }

  private static Map<String, Object> auditDetails(Offer offer) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("merchant_id", offer.merchantId().toString());
    details.put("cashback_type", offer.cashbackType());
    details.put("cashback_value", offer.cashbackValue());
    details.put("start_date", offer.startDate().toString());
    details.put("end_date", offer.endDate().toString());
    details.put("monthly_cap", offer.monthlyCapPerUser());
    return details;
  }
}
