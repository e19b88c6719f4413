package com.clicknback.purchases;

import com.clicknback.audit.Actor;
import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.ErrorResponses;
import com.clicknback.shared.paging.Page;
import com.clicknback.shared.paging.PageRequest;
import com.clicknback.shared.security.Account;
import com.clicknback.shared.web.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Purchases (spec 06): ingestion, details, lists, admin confirmation and reversal. */
@ApplicationScoped
public class PurchaseService {

  static final String RESOURCE = "purchase";

  @Inject PurchaseIngestion ingestion;
  @Inject PurchaseRepository purchases;
  @Inject PurchaseTransitions transitions;

  /**
   * Ingests a purchase (spec 06 §3). A concurrent ingestion that stored the same {@code
   * external_id} first makes this one a duplicate: its transaction is rolled back and the answer is
   * the sequential 409, read from the stored purchase (99 D9).
   */
  public Purchase ingest(IngestCommand command, Account caller) {
    try {
      return ingestion.ingest(command, caller);
    } catch (PurchaseIngestion.ExternalIdTaken e) {
      throw ingestion.duplicateOf(command.externalId());
    }
  }

  /** Admin confirmation of a pending purchase (spec 06 P5); 404 for an unknown id. */
  public Purchase confirm(String purchaseId, Actor admin) {
    UUID id = Uuids.parsePathId(purchaseId).orElseThrow(() -> notFound(purchaseId));
    return transitions.confirm(id, admin);
  }

  /** Admin reversal of a pending or confirmed purchase (spec 06 P6, 99 M9); 404 if unknown. */
  public Purchase reverse(String purchaseId, Actor admin) {
    UUID id = Uuids.parsePathId(purchaseId).orElseThrow(() -> notFound(purchaseId));
    return transitions.reverse(id, admin);
  }

  /**
   * One purchase with its merchant's name: 404 if unknown, 403 unless the caller owns it or is an
   * admin.
   */
  @Transactional
  public PurchaseWithMerchant details(String purchaseId, Account caller) {
    Purchase purchase =
        Uuids.parsePathId(purchaseId)
            .flatMap(purchases::findById)
            .orElseThrow(() -> notFound(purchaseId));
    if (!caller.isAdmin() && !purchase.userId().equals(caller.id())) {
      throw new ApiException(
          ErrorCode.FORBIDDEN,
          "You do not have permission to view this purchase. Purchase belongs to another user.",
          Map.of(
              "purchase_id",
              purchaseId,
              "resource_owner",
              purchase.userId().toString(),
              "current_user",
              caller.id().toString()));
    }
    return new PurchaseWithMerchant(purchase, purchases.merchantName(purchase.merchantId()));
  }

  /** The user's own purchases, newest first; 422 for an unknown status. */
  @Transactional
  public Page<PurchaseWithMerchant> listOwn(
      UUID userId, Optional<String> status, PageRequest page) {
    checkStatus(status);
    return purchases.listByUser(userId, status, page);
  }

  /** Every purchase matching the filter (admin), newest first; 422 for an unknown status. */
  @Transactional
  public Page<Purchase> list(PurchaseFilter filter, PageRequest page) {
    checkStatus(filter.status());
    return purchases.list(filter, page);
  }

  /**
   * 422 {@code INVALID_PURCHASE_STATUS} for a status filter that names no status. The message is
   * the original's word for word (spec 06 §5), which leaves out {@code rejected}, still accepted.
   */
  static void checkStatus(Optional<String> status) {
    if (status.isPresent() && !Purchase.STATUSES.contains(status.get())) {
      throw new ApiException(
          ErrorCode.INVALID_PURCHASE_STATUS,
          "'"
              + status.get()
              + "' is not a valid purchase status. Allowed values: pending, confirmed, reversed.",
          Map.of());
    }
  }

  /** 404 for a purchase id that names nothing (given as the client sent it). */
  static ApiException notFound(String purchaseId) {
    return ErrorResponses.notFound(RESOURCE, "Purchase", purchaseId);
  }
}
