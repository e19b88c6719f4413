package com.clicknback.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseEventLogTest {

  @Test
  void line_namesWhatHappenedAndIds_onEvent() {
    // Arrange
    UUID purchase = UUID.fromString("5b0c0000-0000-4000-8000-000000000001");
    UUID merchant = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

    // Act
    String line = PurchaseEventLog.line("purchase confirmed.", purchase, merchant);

    // Assert
    assertThat(line)
        .isEqualTo(
            "purchase confirmed. purchase_id=5b0c0000-0000-4000-8000-000000000001"
                + " merchant_id=a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
  }
}
