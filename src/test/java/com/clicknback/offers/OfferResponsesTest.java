package com.clicknback.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.offers.OfferResponses.ActiveOfferOut;
import com.clicknback.offers.OfferResponses.OfferDetailsOut;
import com.clicknback.offers.OfferResponses.OfferOut;
import com.clicknback.shared.web.JsonbProvider;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferResponsesTest {

  private static final UUID MERCHANT = UUID.fromString("3f2b6a8e-6c1d-4e0a-9a57-2c8b2d3f4e51");
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T10:00:00Z");

  private static Offer percentOffer() {
    return Offer.create(
        MERCHANT, false, 12.5, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), 1000.123, NOW);
  }

  private static Offer fixedOffer() {
    return Offer.create(
        MERCHANT, true, 3, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), 50, NOW);
  }

  @Test
  void offerOut_writesSpecFieldsInOrder_onPercentOffer() {
    // Arrange
    Offer offer = percentOffer();

    // Act
    String json = JsonbProvider.jsonb().toJson(OfferOut.of(offer));

    // Assert
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"%s\",\"merchant_id\":\"%s\",\"cashback_type\":\"percent\","
                    .formatted(offer.id(), MERCHANT)
                + "\"cashback_value\":12.5,\"start_date\":\"2026-05-01\","
                + "\"end_date\":\"2026-05-31\",\"monthly_cap_per_user\":1000.123,"
                + "\"status\":\"active\"}");
  }

  @Test
  void activeOfferOut_writesSpecFieldsInOrder_onFixedOffer() {
    // Arrange
    Offer offer = fixedOffer();

    // Act
    String json =
        JsonbProvider.jsonb().toJson(ActiveOfferOut.of(new OfferWithMerchant(offer, "Shoply")));

    // Assert
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"%s\",\"merchant_name\":\"Shoply\",\"cashback_type\":\"fixed\","
                    .formatted(offer.id())
                + "\"cashback_value\":3.0,\"monthly_cap\":50.0,\"start_date\":\"2026-05-01\","
                + "\"end_date\":\"2026-05-01\"}");
  }

  @Test
  void offerDetailsOut_writesSpecFieldsInOrderWithStatus_onInactiveOffer() {
    // Arrange
    Offer offer = percentOffer();
    offer.setActive(false);

    // Act
    String json =
        JsonbProvider.jsonb().toJson(OfferDetailsOut.of(new OfferWithMerchant(offer, "Shoply")));

    // Assert
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"%s\",\"merchant_name\":\"Shoply\",\"cashback_type\":\"percent\","
                    .formatted(offer.id())
                + "\"cashback_value\":12.5,\"monthly_cap\":1000.123,\"start_date\":\"2026-05-01\","
                + "\"end_date\":\"2026-05-31\",\"status\":\"inactive\"}");
  }
}
