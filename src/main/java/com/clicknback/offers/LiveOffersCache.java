package com.clicknback.offers;

import com.clicknback.merchants.CatalogueChanged;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.web.JsonDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The pages of live offers (spec 03 O3), kept for a few seconds as the JSON the API answers with,
 * so that a hit copies bytes. Every user reads the same list, and it changes only when an admin
 * creates an offer or changes an offer's or a merchant's status ({@link CatalogueChanged}, which
 * empties the cache once its transaction has completed) or when the day changes (the day is part of
 * the key). A change made behind the application's back (SQL on the database, another server
 * instance) shows within {@link #TTL}.
 *
 * <p>A page read while a change commits is not kept: every change moves the generation on, and a
 * page is stored only when the generation is still the one its read started under.
 *
 * <p>When a page expires, one request reads it again while the others keep getting the expired page
 * until the new one is stored, so that expiry under load costs one query instead of one per waiting
 * request (a stampede that queued requests for the pool). A page emptied by a change is never
 * served again.
 */
@ApplicationScoped
public class LiveOffersCache {

  static final Duration TTL = Duration.ofSeconds(5);

  /** More distinct pages than clients ask for in practice; the cache starts over beyond it. */
  static final int MAX_ENTRIES = 256;

  record Key(LocalDate day, int offset, int limit) {}

  private record Entry(JsonDocument json, long expiresAt, AtomicBoolean refreshing) {
    Entry(JsonDocument json, long expiresAt) {
      this(json, expiresAt, new AtomicBoolean());
    }
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  LongSupplier nanoTime = System::nanoTime;

  /** The cached page for this day and page request, or the one {@code load} reads (then kept). */
  public JsonDocument get(LocalDate day, PageRequest page, Supplier<JsonDocument> load) {
    Key key = new Key(day, page.offset(), page.limit());
    long now = nanoTime.getAsLong();
    Entry cached = entries.get(key);
    if (cached != null
        && (now - cached.expiresAt() < 0 || !cached.refreshing().compareAndSet(false, true))) {
      return cached.json();
    }
    long readUnder = generation.get();
    JsonDocument loaded;
    try {
      loaded = load.get();
    } finally {
      if (cached != null) {
        cached.refreshing().set(false);
      }
    }
    if (generation.get() == readUnder) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, new Entry(loaded, now + TTL.toNanos()));
    }
    return loaded;
  }

  /** Drops every page, and any page being read right now. */
  public void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }

  void onCatalogueChanged(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogueChanged e) {
    invalidate();
  }
}
