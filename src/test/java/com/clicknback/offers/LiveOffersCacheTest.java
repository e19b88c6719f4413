package com.clicknback.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clicknback.merchants.CatalogueChanged;
import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.JsonDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveOffersCacheTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
  private static final PageRequest PAGE = new PageRequest(0, 20);

  private final LiveOffersCache cache = new LiveOffersCache();
  private final AtomicLong clock = new AtomicLong(1_000);
  private final AtomicInteger reads = new AtomicInteger();

  @BeforeEach
  void useTestClock() {
    cache.nanoTime = clock::get;
  }

  /** A fresh page on every read, so that a cached page is recognised by identity. */
  private JsonDocument read() {
    reads.incrementAndGet();
    return JsonDocument.of(Page.<ActiveOfferOut>of(List.of(), PAGE, reads.get()));
  }

  @Test
  void get_returnsTheStoredPage_withinTtl() {
    // Arrange
    JsonDocument first = cache.get(TODAY, PAGE, this::read);
    clock.addAndGet(LiveOffersCache.TTL.toNanos() - 1);

    // Act
    JsonDocument second = cache.get(TODAY, PAGE, this::read);

    // Assert
    assertThat(second).isSameAs(first);
    assertThat(reads).hasValue(1);
  }

  @Test
  void get_readsAgain_afterTtl() {
    // Arrange
    JsonDocument first = cache.get(TODAY, PAGE, this::read);
    clock.addAndGet(LiveOffersCache.TTL.toNanos());

    // Act
    JsonDocument second = cache.get(TODAY, PAGE, this::read);

    // Assert
    assertThat(second).isNotSameAs(first);
    assertThat(reads).hasValue(2);
  }

  @Test
  void get_keepsPagesApart_onOtherDayOrPage() {
    // Arrange
    cache.get(TODAY, PAGE, this::read);

    // Act
    cache.get(TODAY.plusDays(1), PAGE, this::read);
    cache.get(TODAY, new PageRequest(20, 20), this::read);
    cache.get(TODAY, new PageRequest(0, 10), this::read);

    // Assert
    assertThat(reads).hasValue(4);
  }

  @Test
  void get_readsAgain_afterCatalogueChange() {
    // Arrange
    JsonDocument first = cache.get(TODAY, PAGE, this::read);

    // Act
    cache.onCatalogueChanged(new CatalogueChanged());
    JsonDocument second = cache.get(TODAY, PAGE, this::read);

    // Assert
    assertThat(second).isNotSameAs(first);
    assertThat(reads).hasValue(2);
  }

  @Test
  void get_doesNotKeepThePage_onChangeDuringItsRead() {
    // Arrange
    Supplier<JsonDocument> readWhileAChangeCommits =
        () -> {
          JsonDocument page = read();
          cache.invalidate();
          return page;
        };
    JsonDocument stale = cache.get(TODAY, PAGE, readWhileAChangeCommits);

    // Act
    JsonDocument next = cache.get(TODAY, PAGE, this::read);

    // Assert
    assertThat(next).isNotSameAs(stale);
    assertThat(reads).hasValue(2);
  }

  @Test
  void get_startsOver_onMoreDistinctPagesThanTheLimit() {
    // Arrange
    for (int offset = 0; offset < LiveOffersCache.MAX_ENTRIES; offset++) {
      cache.get(TODAY, new PageRequest(offset, 1), this::read);
    }

    // Act
    cache.get(TODAY, new PageRequest(LiveOffersCache.MAX_ENTRIES, 1), this::read);
    cache.get(TODAY, new PageRequest(0, 1), this::read);

    // Assert
    assertThat(reads).hasValue(LiveOffersCache.MAX_ENTRIES + 2);
  }

  @Test
  void get_servesTheExpiredPage_whileAnotherRequestReadsItAgain() {
    // Arrange
    JsonDocument expired = cache.get(TODAY, PAGE, this::read);
    clock.addAndGet(LiveOffersCache.TTL.toNanos());
    AtomicReference<JsonDocument> seenDuringTheRead = new AtomicReference<>();
    Supplier<JsonDocument> readWhileAnotherRequestArrives =
        () -> {
          seenDuringTheRead.set(cache.get(TODAY, PAGE, this::read));
          return read();
        };

    // Act
    JsonDocument refreshed = cache.get(TODAY, PAGE, readWhileAnotherRequestArrives);

    // Assert
    assertThat(seenDuringTheRead.get()).isSameAs(expired);
    assertThat(refreshed).isNotSameAs(expired);
    assertThat(cache.get(TODAY, PAGE, this::read)).isSameAs(refreshed);
    assertThat(reads).hasValue(2);
  }

  @Test
  void get_readsAgain_afterAFailedRefresh() {
    // Arrange
    cache.get(TODAY, PAGE, this::read);
    clock.addAndGet(LiveOffersCache.TTL.toNanos());
    Supplier<JsonDocument> failingRead =
        () -> {
          throw new IllegalStateException("database down");
        };
    assertThatThrownBy(() -> cache.get(TODAY, PAGE, failingRead))
        .isInstanceOf(IllegalStateException.class);

    // Act
    JsonDocument next = cache.get(TODAY, PAGE, this::read);

    // Assert
    assertThat(reads).hasValue(2);
    assertThat(cache.get(TODAY, PAGE, this::read)).isSameAs(next);
  }
}
