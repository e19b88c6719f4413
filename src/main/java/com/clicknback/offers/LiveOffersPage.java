package com.clicknback.offers;

import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.web.JsonDocument;

/** A page of live offers and its JSON answer, rendered once when the page is read. */
public record LiveOffersPage(Page<ActiveOfferOut> page, JsonDocument json) {

  public static LiveOffersPage of(Page<ActiveOfferOut> page) {
    return new LiveOffersPage(page, JsonDocument.of(page));
  }
}
