package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.clicknback.shared.errors.Violation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayoutDetailsTest {

  @Test
  void check_keepsNormalisedIbanAndHolder_onValidBankTransfer() {
    // Arrange
    Map<String, Object> raw =
        Map.of("iban", "es91 2100 0418 4502 0005 1332", "account_holder", " Ana ", "x", "drop");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.BANK_TRANSFER, raw);

    // Assert
    assertThat(result.violations()).isEmpty();
    assertThat(result.details().orElseThrow().fields())
        .containsExactly(
            Map.entry("iban", "ES9121000418450200051332"), Map.entry("account_holder", "Ana"));
  }

  @Test
  void check_refusesDetails_onBankTransferWithoutIban() {
    // Arrange
    Map<String, Object> raw = Map.of("card_token", "tok_12345678");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.BANK_TRANSFER, raw);

    // Assert
    assertThat(result.details()).isEmpty();
    assertThat(result.violations())
        .containsExactly(new Violation("details", PayoutDetails.DETAILS_REQUIRED));
  }

  @Test
  void check_refusesIban_onBadChecksum() {
    // Arrange
    Map<String, Object> raw = Map.of("iban", "ES9121000418450200051333");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.BANK_TRANSFER, raw);

    // Assert
    assertThat(result.violations())
        .containsExactly(new Violation("details.iban", PayoutDetails.IBAN_INVALID));
  }

  @Test
  void check_refusesDetails_onMissingObject() {
    // Arrange
    Map<String, Object> raw = null;

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.CARD, raw);

    // Assert
    assertThat(result.violations())
        .containsExactly(new Violation("details", PayoutDetails.DETAILS_REQUIRED));
  }

  @Test
  void check_keepsTokenAndLast4_onValidCard() {
    // Arrange
    Map<String, Object> raw = Map.of("card_token", "tok_visa_4242abcd", "card_last4", "4242");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.CARD, raw);

    // Assert
    assertThat(result.details().orElseThrow().fields())
        .containsExactly(
            Map.entry("card_token", "tok_visa_4242abcd"), Map.entry("card_last4", "4242"));
  }

  @Test
  void check_refusesCard_onCardNumberInsteadOfToken() {
    // Arrange
    Map<String, Object> raw = Map.of("card_token", "4242424242424242");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.CARD, raw);

    // Assert
    assertThat(result.violations())
        .containsExactly(new Violation("details", PayoutDetails.DETAILS_REQUIRED));
  }

  @Test
  void check_refusesCard_onShortToken() {
    // Arrange
    Map<String, Object> raw = Map.of("card_token", "tok_1");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.CARD, raw);

    // Assert
    assertThat(result.violations()).extracting(Violation::field).containsExactly("details");
  }

  @Test
  void check_refusesLast4_onNonDigits() {
    // Arrange
    Map<String, Object> raw = new HashMap<>();
    raw.put("card_token", "tok_visa_4242abcd");
    raw.put("card_last4", "42a2");

    // Act
    PayoutDetails.Result result = PayoutDetails.check(PayoutMethod.CARD, raw);

    // Assert
    assertThat(result.violations())
        .containsExactly(new Violation("details.card_last4", PayoutDetails.CARD_LAST4_INVALID));
  }

  @Test
  void masked_showsOnlyMaskedIban_onBankTransfer() {
    // Arrange
    PayoutDetails details =
        new PayoutDetails(
            PayoutMethod.BANK_TRANSFER,
            Map.of("iban", "ES9121000418450200051332", "account_holder", "Ana"));

    // Act
    Map<String, String> masked = details.masked();

    // Assert
    assertThat(masked).containsExactly(Map.entry("iban", "ES91 **** **** **** **** 1332"));
    assertThat(details.toString()).doesNotContain("0418").doesNotContain("Ana");
  }

  @Test
  void masked_hidesToken_onCard() {
    // Arrange
    PayoutDetails withLast4 =
        new PayoutDetails(
            PayoutMethod.CARD, Map.of("card_token", "tok_secret_1", "card_last4", "4242"));
    PayoutDetails withoutLast4 =
        new PayoutDetails(PayoutMethod.CARD, Map.of("card_token", "tok_secret_1"));

    // Act
    Map<String, String> shown = withLast4.masked();
    Map<String, String> hidden = withoutLast4.masked();

    // Assert
    assertThat(shown).containsExactly(Map.entry("card", "**** **** **** 4242"));
    assertThat(hidden).containsExactly(Map.entry("card", "****"));
    assertThat(withLast4.toString()).doesNotContain("tok_secret");
  }
}
