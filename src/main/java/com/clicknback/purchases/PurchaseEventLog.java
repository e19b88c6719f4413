package com.clicknback.purchases;

import com.clicknback.purchases.PurchaseEvent.CashbackCredited;
import com.clicknback.purchases.PurchaseEvent.PurchaseConfirmed;
import com.clicknback.purchases.PurchaseEvent.PurchaseRejected;
import com.clicknback.purchases.PurchaseEvent.PurchaseReversed;
import com.clicknback.shared.logging.AppLoggers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Logs each committed purchase event once (spec 10 §7 step 5: {@code purchase confirmed.}, {@code
 * purchase rejected.}); nothing is logged for a change that rolled back.
 */
@ApplicationScoped
public class PurchaseEventLog {

  private static final Logger LOG = AppLoggers.get(PurchaseEventLog.class);

  void credited(@Observes(during = TransactionPhase.AFTER_SUCCESS) CashbackCredited event) {
    LOG.info(() -> line("cashback credited.", event.purchaseId(), event.merchantId()));
  }

  void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseConfirmed event) {
    LOG.info(() -> line("purchase confirmed.", event.purchaseId(), event.merchantId()));
  }

  void rejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseRejected event) {
    LOG.info(() -> line("purchase rejected.", event.purchaseId(), event.merchantId()));
  }

  void reversed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseReversed event) {
    LOG.info(() -> line("purchase reversed.", event.purchaseId(), event.merchantId()));
  }

  static String line(String what, Object purchaseId, Object merchantId) {
    return what + " purchase_id=" + purchaseId + " merchant_id=" + merchantId;
  }
}
