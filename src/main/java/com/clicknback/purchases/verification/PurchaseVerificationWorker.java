package com.clicknback.purchases.verification;

import com.clicknback.audit.Actor;
import com.clicknback.featureflags.FeatureFlagService;
import com.clicknback.purchases.Purchase;
import com.clicknback.purchases.PurchaseRepository;
import com.clicknback.purchases.PurchaseTransitions;
import com.clicknback.shared.config.Settings;
import com.clicknback.shared.logging.AppLoggers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One verification attempt of one purchase, in its own transaction (NF-TX-3): the purchase is
 * claimed with {@code SELECT … FOR UPDATE SKIP LOCKED} (a purchase an admin is changing right now
 * is left for a later tick), the flag {@code purchase_auto_confirm} is checked (99 M5: when off,
 * the purchase is postponed by one interval without using an attempt), and the outcome is applied
 * through the same transitions as the admin actions.
 */
@ApplicationScoped
public class PurchaseVerificationWorker {

  static final String AUTO_CONFIRM = "purchase_auto_confirm";
  private static final Logger LOG = AppLoggers.get(PurchaseVerificationWorker.class);

  @Inject PurchaseRepository purchases;
  @Inject PurchaseTransitions transitions;
  @Inject FeatureFlagService flags;
  @Inject Settings settings;

  /** The pending purchases due for an attempt at {@code now}, oldest first. */
  @Transactional
  public List<UUID> dueIds(LocalDateTime now, int limit) {
    return purchases.findDuePending(now, limit);
  }

  /** Makes one attempt if the purchase is still pending, due, unlocked and auto-confirmable. */
  @Transactional
  public void verify(UUID purchaseId, LocalDateTime now) {
    Purchase purchase = purchases.claimDue(purchaseId, now).orElse(null);
    if (purchase == null) {
      return;
    }
    LocalDateTime nextTick = now.plusSeconds(settings.purchaseConfirmationIntervalSeconds());
    if (!flags.isEnabled(AUTO_CONFIRM, purchase.userId(), purchase.merchantId())) {
      // Looked at again next interval, behind purchases never looked at (spec 10 §3, 99 M5).
      purchases.postpone(purchase, nextTick);
      LOG.fine(() -> "purchase " + purchaseId + " skipped: purchase_auto_confirm is off");
      return;
    }
    int attempt = purchase.verificationAttempts() + 1;
    int maxAttempts = settings.purchaseMaxVerificationAttempts();
    SimulatedPurchaseVerifier verifier =
        new SimulatedPurchaseVerifier(settings.rejectionMerchantId());
    VerificationStep step =
        VerificationStep.after(
            verifier.verify(purchase.merchantId(), attempt), attempt, maxAttempts);
    switch (step.action()) {
      case CONFIRM -> {
        transitions.confirm(purchaseId, Actor.system());
        purchases.recordAttempt(purchase, attempt, null);
      }
      case REJECT -> {
        transitions.reject(purchaseId, step.reason(), Actor.system());
        purchases.recordAttempt(purchase, attempt, null);
      }
      case RETRY -> {
        purchases.recordAttempt(purchase, attempt, nextTick);
        LOG.fine(
            () ->
                "purchase %s soft-failed attempt %d of %d"
                    .formatted(purchaseId, attempt, maxAttempts));
      }
    }
  }
}
