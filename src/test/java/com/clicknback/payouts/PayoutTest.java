package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  private static Payout requested() {
    return new Payout(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("20.00"), "card", NOW);
  }

  @Test
  void new_isRequestedAndUnprocessed_onCreation() {
    // Arrange
    // (nothing)

    // Act
    Payout payout = requested();

    // Assert
    assertThat(payout.status()).isEqualTo(Payout.REQUESTED);
    assertThat(payout.processedAt()).isNull();
  }

  @Test
  void process_setsStatusAndProcessedAt_onCompleted() {
    // Arrange
    Payout payout = requested();

    // Act
    payout.process(Payout.COMPLETED, NOW.plusHours(1));

    // Assert
    assertThat(payout.status()).isEqualTo(Payout.COMPLETED);
    assertThat(payout.processedAt()).isEqualTo(NOW.plusHours(1));
  }

  @Test
  void process_setsFailed_onFailed() {
    // Arrange
    Payout payout = requested();

    // Act
    payout.process(Payout.FAILED, NOW);

    // Assert
    assertThat(payout.status()).isEqualTo(Payout.FAILED);
  }

  @Test
  void process_throws_onSecondTransition() {
    // Arrange
    Payout payout = requested();
    payout.process(Payout.FAILED, NOW);

    // Act & Assert
    assertThatThrownBy(() -> payout.process(Payout.COMPLETED, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(payout.status()).isEqualTo(Payout.FAILED);
  }

  @Test
  void process_throws_onTargetOtherThanCompletedOrFailed() {
    // Arrange
    Payout payout = requested();

    // Act & Assert
    assertThatThrownBy(() -> payout.process(Payout.PROCESSING, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(payout.status()).isEqualTo(Payout.REQUESTED);
  }
}
