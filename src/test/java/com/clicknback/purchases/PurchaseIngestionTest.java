package com.clicknback.purchases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clicknback.audit.AuditEntry;
import com.clicknback.audit.AuditTrail;
import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.cashback.CashbackTransactionRepository;
import com.clicknback.merchants.MerchantService;
import com.clicknback.merchants.MerchantSummary;
import com.clicknback.offers.OfferService;
import com.clicknback.offers.OfferTerms;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.security.Role;
import com.clicknback.wallets.WalletService;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

@SuppressWarnings("unchecked")
class PurchaseIngestionTest {

  private static final Instant NOW = Instant.parse("2026-05-31T23:59:59Z");
  private static final UUID USER = UUID.randomUUID();
  private static final UUID MERCHANT = UUID.randomUUID();
  private static final UUID OFFER = UUID.randomUUID();

  private PurchaseIngestion ingestion;
  private PurchaseRepository purchases;
  private WalletService wallets;
  private MerchantService merchants;
  private OfferService offers;

  @BeforeEach
  void setUp() {
    ingestion = new PurchaseIngestion();
    purchases = mock(PurchaseRepository.class);
    wallets = mock(WalletService.class);
    merchants = mock(MerchantService.class);
    offers = mock(OfferService.class);
    ingestion.purchases = purchases;
    ingestion.cashbacks = mock(CashbackTransactionRepository.class);
    ingestion.wallets = wallets;
    ingestion.merchants = merchants;
    ingestion.offers = offers;
    ingestion.audit = mock(AuditTrail.class);
    ingestion.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ingestion.events = mock(Event.class);
    when(purchases.findByExternalId(any())).thenReturn(Optional.empty());
    when(merchants.find(MERCHANT))
        .thenReturn(Optional.of(new MerchantSummary(MERCHANT, "M", true)));
    when(purchases.cashbackEarned(any(), any(), any(), any())).thenReturn(BigDecimal.ZERO);
  }

  private static Account user() {
    return new Account(USER, Role.USER, true);
  }

  private static IngestCommand command(String amount, String currency) {
    return new IngestCommand("ext-1", USER, MERCHANT, new BigDecimal(amount), currency);
  }

  private void offer(double percentage, Double fixed, double cap) {
    LocalDate day = LocalDate.of(2026, 5, 1);
    when(offers.findActiveOfferFor(MERCHANT, LocalDate.of(2026, 5, 31)))
        .thenReturn(
            Optional.of(
                new OfferTerms(OFFER, MERCHANT, percentage, fixed, cap, day, day.plusDays(60))));
  }

  private static ErrorCode codeOf(Throwable thrown) {
    return ((ApiException) thrown).errorCode();
  }

  @Test
  void ingest_storesPendingPurchaseRowAndCreditAfterLockingWallet_onValidCommand() {
    // Arrange
    offer(5, null, 1000);

    // Act
    Purchase purchase = ingestion.ingest(command("75.00", "eur"), user());

    // Assert
    assertThat(purchase.status()).isEqualTo(Purchase.PENDING);
    assertThat(purchase.cashbackAmount()).isEqualTo(new BigDecimal("3.75"));
    assertThat(purchase.currency()).isEqualTo("EUR");
    assertThat(purchase.offerId()).isEqualTo(OFFER);
    assertThat(purchase.createdAt()).isEqualTo(LocalDateTime.of(2026, 5, 31, 23, 59, 59));
    InOrder order = inOrder(wallets, purchases);
    order.verify(wallets).lock(USER);
    order
        .verify(purchases)
        .cashbackEarned(
            USER, OFFER, LocalDateTime.of(2026, 5, 1, 0, 0), LocalDateTime.of(2026, 6, 1, 0, 0));
    order.verify(purchases).insert(purchase);
    order.verify(wallets).creditPending(USER, new BigDecimal("3.75"));
    ArgumentCaptor<CashbackTransaction> row = ArgumentCaptor.forClass(CashbackTransaction.class);
    verify(ingestion.cashbacks).insert(row.capture());
    assertThat(row.getValue().amount()).isEqualTo(new BigDecimal("3.75"));
    assertThat(row.getValue().status()).isEqualTo(CashbackTransaction.PENDING);
    verify(ingestion.audit, org.mockito.Mockito.times(2)).record(any(AuditEntry.class));
    verify(ingestion.events)
        .fire(
            new PurchaseEvent.CashbackCredited(
                purchase.id(), USER, MERCHANT, row.getValue().id(), new BigDecimal("3.75")));
  }

  @Test
  void ingest_creditsWhatIsLeftUnderCap_onCapNearlyReached() {
    // Arrange
    offer(0, 3.0, 10);
    when(purchases.cashbackEarned(eq(USER), eq(OFFER), any(), any()))
        .thenReturn(new BigDecimal("9.00"));

    // Act
    Purchase purchase = ingestion.ingest(command("50", "EUR"), user());

    // Assert
    assertThat(purchase.cashbackAmount()).isEqualTo(new BigDecimal("1.00"));
    verify(wallets).creditPending(USER, new BigDecimal("1.00"));
  }

  @Test
  void ingest_throws403BeforeAnyLookup_onOtherUsersId() {
    // Arrange
    Account other = new Account(UUID.randomUUID(), Role.ADMIN, true);

    // Act & Assert
    assertThatThrownBy(() -> ingestion.ingest(command("5", "EUR"), other))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    verifyNoInteractions(purchases, wallets);
  }

  @Test
  void ingest_throwsDuplicateBeforeCurrencyCheck_onKnownExternalId() {
    // Arrange
    Purchase existing =
        new Purchase(
            "ext-1",
            UUID.randomUUID(),
            MERCHANT,
            OFFER,
            new BigDecimal("100.50"),
            "EUR",
            new BigDecimal("1.00"),
            LocalDateTime.of(2026, 5, 1, 10, 0, 0, 123_456_000));
    when(purchases.findByExternalId("ext-1")).thenReturn(Optional.of(existing));

    // Act & Assert
    assertThatThrownBy(() -> ingestion.ingest(command("5", "USD"), user()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_PURCHASE);
              assertThat(e.details())
                  .containsEntry("previously_created_at", "2026-05-01T10:00:00.123456")
                  .containsEntry("previously_processed_amount", "100.50");
            });
    verify(wallets, never()).lock(any());
  }

  @Test
  void ingest_throwsDuplicate_onExternalIdStoredWhileWaitingForWalletLock() {
    // Arrange
    offer(5, null, 1000);
    Purchase winner =
        new Purchase(
            "ext-1",
            USER,
            MERCHANT,
            OFFER,
            BigDecimal.TEN,
            "EUR",
            BigDecimal.ONE,
            LocalDateTime.of(2026, 5, 31, 23, 0));
    when(purchases.findByExternalId("ext-1"))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(winner));

    // Act & Assert
    assertThatThrownBy(() -> ingestion.ingest(command("5", "EUR"), user()))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.DUPLICATE_PURCHASE));
    verify(purchases, never()).insert(any());
    verify(wallets, never()).creditPending(any(), any());
  }

  @Test
  void ingest_throwsInOrder_onCurrencyUserMerchantAndOfferProblems() {
    // Arrange
    when(merchants.find(MERCHANT))
        .thenReturn(Optional.of(new MerchantSummary(MERCHANT, "M", false)));

    // Act & Assert
    assertThatThrownBy(() -> ingestion.ingest(command("5", "USD"), user()))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.UNSUPPORTED_CURRENCY));
    assertThatThrownBy(
            () -> ingestion.ingest(command("5", "EUR"), new Account(USER, Role.USER, false)))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.USER_NOT_ELIGIBLE));
    assertThatThrownBy(() -> ingestion.ingest(command("5", "EUR"), user()))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.MERCHANT_NOT_ELIGIBLE));
    when(merchants.find(MERCHANT))
        .thenReturn(Optional.of(new MerchantSummary(MERCHANT, "M", true)));
    when(offers.findActiveOfferFor(any(), any())).thenReturn(Optional.empty());
    assertThatThrownBy(() -> ingestion.ingest(command("5", "EUR"), user()))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.OFFER_NOT_AVAILABLE));
    verify(wallets, never()).lock(any());
  }
}
