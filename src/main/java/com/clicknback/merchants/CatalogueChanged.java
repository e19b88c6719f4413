package com.clicknback.merchants;

/**
 * An admin changed what the offer catalogue shows: a new offer, or a merchant's or an offer's
 * status. Fired inside the change's transaction; caches of catalogue reads (the live offers) drop
 * their entries once that transaction completes.
 */
public record CatalogueChanged() {}
