package com.clicknback.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.Actor;
import com.clicknback.audit.AuditAction;
import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.merchants.CatalogueChanged;
import com.clicknback.merchants.MerchantService;
import com.clicknback.merchants.MerchantSummary;
import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.shared.config.TestSettings;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import com.clicknback.shared.web.JsonDocument;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
class OfferServiceTest {

  /** One second before midnight UTC: "today" must be the UTC date, 2026-05-10. */
  private static final Instant NOW = Instant.parse("2026-05-10T23:59:59.123456789Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
  private static final UUID MERCHANT_ID = UUID.fromString("3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51");
  private static final Actor ADMIN = Actor.admin(UUID.randomUUID());
  private static final PageRequest PAGE = new PageRequest(0, 20);

  @Mock OfferRepository repository;
  @Mock MerchantService merchants;
  @Mock AuditTrail audit;
  @Mock Event<CatalogueChanged> catalogueChanged;

  private final OfferService service = new OfferService();

  @BeforeEach
  void wireService() {
    service.offers = repository;
    service.merchants = merchants;
    service.audit = audit;
    service.settings = TestSettings.with();
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.liveOffers = new LiveOffersCache();
    service.catalogueChanged = catalogueChanged;
  }

  private static ApiException apiFailure(Runnable action) {
    ApiException failure = catchThrowableOfType(ApiException.class, action::run);
    assertThat(failure).as("an ApiException should have been thrown").isNotNull();
    return failure;
  }

  private static OfferDraft percentDraft() {
    return new OfferDraft(MERCHANT_ID, false, 12.5, TODAY, TODAY.plusDays(30), 100);
  }

  private static Offer offer(boolean active) {
    Offer offer =
        Offer.create(
            MERCHANT_ID,
            false,
            5,
            TODAY,
            TODAY.plusDays(1),
            10,
            OffsetDateTime.parse("2026-05-01T00:00:00Z"));
    offer.setActive(active);
    return offer;
  }

  private static Account user() {
    return new Account(UUID.randomUUID(), Role.USER, true);
  }

  private static Account admin() {
    return new Account(UUID.randomUUID(), Role.ADMIN, true);
  }

  private static PersistenceException uniqueViolation(String constraint) {
    SQLException duplicate =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"" + constraint + "\"",
            "23505");
    return new PersistenceException("flush failed", new RuntimeException(duplicate));
  }

  private void merchantIs(boolean active) {
    when(merchants.find(MERCHANT_ID))
        .thenReturn(Optional.of(new MerchantSummary(MERCHANT_ID, "Shoply", active)));
  }

  @Test
  void create_insertsActivePercentOfferAndAuditsIt_onValidDraft() {
    // Arrange
    merchantIs(true);
    when(repository.hasActiveOffer(MERCHANT_ID)).thenReturn(false);

    // Act
    Offer created = service.create(percentDraft(), ADMIN);

    // Assert
    verify(catalogueChanged).fire(any(CatalogueChanged.class));
    verify(repository).insert(created);
    assertThat(created.merchantId()).isEqualTo(MERCHANT_ID);
    assertThat(created.percentage()).isEqualTo(12.5);
    assertThat(created.fixedAmount()).isNull();
    assertThat(created.cashbackType()).isEqualTo("percent");
    assertThat(created.startDate()).isEqualTo(TODAY);
    assertThat(created.active()).isTrue();
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().action()).isEqualTo(AuditAction.OFFER_CREATED);
    assertThat(entry.getValue().actor()).isEqualTo(ADMIN);
    assertThat(entry.getValue().resourceType()).isEqualTo("offer");
    assertThat(entry.getValue().resourceId()).isEqualTo(created.id().toString());
    assertThat(entry.getValue().details())
        .containsEntry("merchant_id", MERCHANT_ID.toString())
        .containsEntry("cashback_type", "percent")
        .containsEntry("cashback_value", 12.5)
        .containsEntry("start_date", "2026-05-10")
        .containsEntry("monthly_cap", 100.0);
  }

  @Test
  void create_storesZeroPercentageAndFixedAmount_onFixedDraft() {
    // Arrange
    merchantIs(true);
    OfferDraft draft = new OfferDraft(MERCHANT_ID, true, 2.505, TODAY, TODAY, 50);

    // Act
    Offer created = service.create(draft, ADMIN);

    // Assert
    assertThat(created.percentage()).isEqualTo(0.0);
    assertThat(created.fixedAmount()).isEqualTo(2.505);
    assertThat(created.cashbackType()).isEqualTo("fixed");
    assertThat(created.cashbackValue()).isEqualTo(2.505);
  }

  @Test
  void create_returns400BeforeAnyLookup_onBrokenBusinessRule() {
    // Arrange
    OfferDraft draft = new OfferDraft(MERCHANT_ID, false, 5, TODAY.minusDays(1), TODAY, 50);

    // Act
    ApiException failure = apiFailure(() -> service.create(draft, ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
    assertThat(failure.getMessage()).isEqualTo("Validation failed for request body.");
    assertThat(failure.details())
        .isEqualTo(
            Map.of(
                "violations",
                List.of(
                    new Violation(
                        "start_date",
                        "Start date must be today or a future date. Got: '2026-05-09'."))));
    verifyNoInteractions(merchants, repository, audit);
  }

  @Test
  void create_returns404WithNormalisedId_onUnknownMerchant() {
    // Arrange
    when(merchants.find(MERCHANT_ID)).thenReturn(Optional.empty());

    // Act
    ApiException failure = apiFailure(() -> service.create(percentDraft(), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(failure.getMessage())
        .isEqualTo("Merchant with ID '3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51' does not exist.");
    assertThat(failure.details())
        .isEqualTo(Map.of("resource_type", "merchant", "resource_id", MERCHANT_ID.toString()));
    verify(repository, never()).insert(any());
  }

  @Test
  void create_returns422MerchantNotActive_onInactiveMerchant() {
    // Arrange
    merchantIs(false);

    // Act
    ApiException failure = apiFailure(() -> service.create(percentDraft(), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.MERCHANT_NOT_ACTIVE);
    assertThat(failure.getMessage())
        .isEqualTo(
            "Cannot create offer for merchant '" + MERCHANT_ID + "'. Merchant is not active.");
    assertThat(failure.details())
        .isEqualTo(
            Map.of(
                "merchant_id",
                MERCHANT_ID.toString(),
                "action",
                "Activate the merchant before creating offers."));
    verify(repository, never()).insert(any());
  }

  @Test
  void create_returns409_onMerchantWithActiveOffer() {
    // Arrange
    merchantIs(true);
    when(repository.hasActiveOffer(MERCHANT_ID)).thenReturn(true);

    // Act
    ApiException failure = apiFailure(() -> service.create(percentDraft(), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.ACTIVE_OFFER_ALREADY_EXISTS);
    assertThat(failure.getMessage())
        .isEqualTo(
            "An active offer already exists for merchant '"
                + MERCHANT_ID
                + "'. Deactivate the existing offer before creating a new one.");
    assertThat(failure.details())
        .containsEntry("action", "Deactivate the existing offer before creating a new one.");
    verify(repository, never()).insert(any());
    verifyNoInteractions(audit);
  }

  @Test
  void create_returns409WithoutAudit_onLostRaceForTheActiveIndex() {
    // Arrange
    merchantIs(true);
    doThrow(uniqueViolation(OfferService.ONE_ACTIVE_PER_MERCHANT)).when(repository).insert(any());

    // Act
    ApiException failure = apiFailure(() -> service.create(percentDraft(), ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.ACTIVE_OFFER_ALREADY_EXISTS);
    verifyNoInteractions(audit);
  }

  @Test
  void create_rethrows_onOtherPersistenceFailure() {
    // Arrange
    merchantIs(true);
    PersistenceException other = uniqueViolation("pk_offers");
    doThrow(other).when(repository).insert(any());

    // Act & Assert
    assertThatThrownBy(() -> service.create(percentDraft(), ADMIN)).isSameAs(other);
    verifyNoInteractions(audit);
  }

  @Test
  void list_returns400ListingBothViolations_onBadStatusAndInvertedDates() {
    // Arrange
    OfferFilter filter =
        new OfferFilter(
            Optional.of("open"),
            Optional.empty(),
            Optional.of(LocalDate.of(2026, 12, 31)),
            Optional.of(LocalDate.of(2026, 1, 1)));

    // Act
    ApiException failure = apiFailure(() -> service.list(filter, PAGE));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
    assertThat(failure.getMessage()).isEqualTo("Invalid query parameters.");
    assertThat(failure.details().get("violations"))
        .asList()
        .extracting(v -> ((Violation) v).field())
        .containsExactly("status", "date_from");
    verifyNoInteractions(repository);
  }

  @Test
  void list_queriesRepository_onValidFilter() {
    // Arrange
    OfferFilter filter =
        new OfferFilter(
            Optional.of("inactive"), Optional.of(MERCHANT_ID), Optional.empty(), Optional.empty());
    Page<Offer> page = Page.of(List.of(offer(false)), PAGE, 1);
    when(repository.list(filter, PAGE)).thenReturn(page);

    // Act
    Page<Offer> listed = service.list(filter, PAGE);

    // Assert
    assertThat(listed).isSameAs(page);
    assertThat(filter.active()).contains(false);
  }

  @Test
  void listLive_asksForTheUtcDateAndMapsToActiveOffers_always() {
    // Arrange
    Offer offer = offer(true);
    when(repository.listLive(TODAY, PAGE))
        .thenReturn(Page.of(List.of(new OfferWithMerchant(offer, "Shoply")), PAGE, 1));

    // Act
    JsonDocument listed = service.listLive(PAGE);

    // Assert
    Page<ActiveOfferOut> expected =
        Page.of(List.of(ActiveOfferOut.of(new OfferWithMerchant(offer, "Shoply"))), PAGE, 1);
    assertThat(listed.toString()).isEqualTo(JsonDocument.of(expected).toString());
  }

  @Test
  void listLive_readsTheDatabaseOnce_onRepeatedRequestsForOnePage() {
    // Arrange
    when(repository.listLive(TODAY, PAGE)).thenReturn(Page.of(List.of(), PAGE, 0));

    // Act
    JsonDocument first = service.listLive(PAGE);
    JsonDocument second = service.listLive(PAGE);

    // Assert
    assertThat(second).isSameAs(first);
    verify(repository, times(1)).listLive(TODAY, PAGE);
  }

  @Test
  void details_returnsOfferWithMerchantName_onUserAndActiveOfferOfActiveMerchant() {
    // Arrange
    Offer offer = offer(true);
    when(repository.findById(offer.id())).thenReturn(Optional.of(offer));
    merchantIs(true);

    // Act
    OfferWithMerchant details = service.details(offer.id().toString(), user());

    // Assert
    assertThat(details).isEqualTo(new OfferWithMerchant(offer, "Shoply"));
  }

  @Test
  void details_returnsOffer_onAdminAndInactiveOfferOfInactiveMerchant() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findById(offer.id())).thenReturn(Optional.of(offer));
    merchantIs(false);

    // Act
    OfferWithMerchant details = service.details(offer.id().toString(), admin());

    // Assert
    assertThat(details.offer()).isSameAs(offer);
  }

  @Test
  void details_returns403ReasonA_onUserAndInactiveOfferOfInactiveMerchant() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findById(offer.id())).thenReturn(Optional.of(offer));
    merchantIs(false);

    // Act
    ApiException failure = apiFailure(() -> service.details(offer.id().toString(), user()));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(failure.getMessage()).isEqualTo("You do not have permission to view this offer.");
    assertThat(failure.details())
        .isEqualTo(
            Map.of(
                "resource_type",
                "offer",
                "resource_id",
                offer.id().toString(),
                "reason",
                "This offer is inactive. Only admin users can view inactive offers."));
  }

  @Test
  void details_returns403ReasonB_onUserAndActiveOfferOfInactiveMerchant() {
    // Arrange
    Offer offer = offer(true);
    when(repository.findById(offer.id())).thenReturn(Optional.of(offer));
    merchantIs(false);

    // Act
    ApiException failure = apiFailure(() -> service.details(offer.id().toString(), user()));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(failure.details())
        .containsEntry(
            "reason",
            "The merchant for this offer is inactive. Only admin users can view offers from"
                + " inactive merchants.");
  }

  @Test
  void details_returns404WithIdAsGiven_onMalformedOrNonCanonicalOrUnknownId() {
    // Arrange
    UUID unknown = UUID.randomUUID();
    when(repository.findById(unknown)).thenReturn(Optional.empty());

    // Act
    ApiException malformed = apiFailure(() -> service.details("not-a-uuid", admin()));
    ApiException upperCase =
        apiFailure(() -> service.details(unknown.toString().toUpperCase(), admin()));
    ApiException missing = apiFailure(() -> service.details(unknown.toString(), admin()));

    // Assert
    assertThat(malformed.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(malformed.getMessage()).isEqualTo("Offer with ID 'not-a-uuid' does not exist.");
    assertThat(malformed.details())
        .isEqualTo(Map.of("resource_type", "offer", "resource_id", "not-a-uuid"));
    assertThat(upperCase.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(missing.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    verify(repository).findById(unknown);
  }

  @Test
  void setActive_deactivatesAndAudits_onActiveOffer() {
    // Arrange
    Offer offer = offer(true);
    when(repository.findByIdForUpdate(offer.id())).thenReturn(Optional.of(offer));

    // Act
    Offer changed = service.setActive(offer.id().toString(), false, ADMIN);

    // Assert
    verify(catalogueChanged).fire(any(CatalogueChanged.class));
    assertThat(changed.active()).isFalse();
    verify(repository).flush();
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().action()).isEqualTo(AuditAction.OFFER_DEACTIVATED);
    assertThat(entry.getValue().details())
        .isEqualTo(Map.of("previous_status", "active", "status", "inactive"));
  }

  @Test
  void setActive_reactivatesAndAudits_onMerchantWithoutActiveOffer() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findByIdForUpdate(offer.id())).thenReturn(Optional.of(offer));
    when(repository.hasActiveOffer(MERCHANT_ID)).thenReturn(false);

    // Act
    Offer changed = service.setActive(offer.id().toString(), true, ADMIN);

    // Assert
    assertThat(changed.active()).isTrue();
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().action()).isEqualTo(AuditAction.OFFER_ACTIVATED);
    assertThat(entry.getValue().details())
        .isEqualTo(Map.of("previous_status", "inactive", "status", "active"));
  }

  @Test
  void setActive_changesNothingAndWritesNoAudit_onSameStatus() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findByIdForUpdate(offer.id())).thenReturn(Optional.of(offer));

    // Act
    Offer unchanged = service.setActive(offer.id().toString(), false, ADMIN);

    // Assert
    verifyNoInteractions(catalogueChanged);
    assertThat(unchanged.active()).isFalse();
    verify(repository, never()).flush();
    verifyNoInteractions(audit);
  }

  @Test
  void setActive_returns409AndKeepsOfferInactive_onMerchantWithAnotherActiveOffer() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findByIdForUpdate(offer.id())).thenReturn(Optional.of(offer));
    when(repository.hasActiveOffer(MERCHANT_ID)).thenReturn(true);

    // Act
    ApiException failure = apiFailure(() -> service.setActive(offer.id().toString(), true, ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.ACTIVE_OFFER_ALREADY_EXISTS);
    assertThat(failure.details()).containsEntry("merchant_id", MERCHANT_ID.toString());
    assertThat(offer.active()).isFalse();
    verifyNoInteractions(audit);
  }

  @Test
  void setActive_returns409WithoutAudit_onLostReactivationRace() {
    // Arrange
    Offer offer = offer(false);
    when(repository.findByIdForUpdate(offer.id())).thenReturn(Optional.of(offer));
    doThrow(uniqueViolation(OfferService.ONE_ACTIVE_PER_MERCHANT)).when(repository).flush();

    // Act
    ApiException failure = apiFailure(() -> service.setActive(offer.id().toString(), true, ADMIN));

    // Assert
    assertThat(failure.errorCode()).isEqualTo(ErrorCode.ACTIVE_OFFER_ALREADY_EXISTS);
    verifyNoInteractions(audit);
  }

  @Test
  void setActive_returns404_onUnknownOrMalformedId() {
    // Arrange
    UUID unknown = UUID.randomUUID();
    when(repository.findByIdForUpdate(unknown)).thenReturn(Optional.empty());

    // Act
    ApiException missing = apiFailure(() -> service.setActive(unknown.toString(), true, ADMIN));
    ApiException malformed = apiFailure(() -> service.setActive("42", true, ADMIN));

    // Assert
    assertThat(missing.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(missing.getMessage()).isEqualTo("Offer with ID '" + unknown + "' does not exist.");
    assertThat(malformed.getMessage()).isEqualTo("Offer with ID '42' does not exist.");
    verifyNoInteractions(audit);
  }

  @Test
  void findActiveOfferFor_returnsTerms_onLiveFixedOffer() {
    // Arrange
    Offer offer = Offer.create(MERCHANT_ID, true, 3, TODAY, TODAY, 25, OffsetDateTime.now());
    when(repository.findActiveOn(MERCHANT_ID, TODAY)).thenReturn(Optional.of(offer));

    // Act
    Optional<OfferTerms> terms = service.findActiveOfferFor(MERCHANT_ID, TODAY);

    // Assert
    assertThat(terms)
        .contains(new OfferTerms(offer.id(), MERCHANT_ID, 0.0, 3.0, 25.0, TODAY, TODAY));
    assertThat(terms.orElseThrow().isFixed()).isTrue();
  }

  @Test
  void findActiveOfferFor_isEmpty_onNoLiveOffer() {
    // Arrange
    when(repository.findActiveOn(MERCHANT_ID, TODAY)).thenReturn(Optional.empty());

    // Act
    Optional<OfferTerms> terms = service.findActiveOfferFor(MERCHANT_ID, TODAY);

    // Assert
    assertThat(terms).isEmpty();
  }
}
