package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  @ParameterizedTest
  @CsvSource({
    "ES9121000418450200051332, ES9121000418450200051332",
    "DE89370400440532013000, DE89370400440532013000",
    "FR1420041010050500013M02606, FR1420041010050500013M02606",
    "GB29NWBK60161331926819, GB29NWBK60161331926819",
    "NL91ABNA0417164300, NL91ABNA0417164300",
    "BE68539007547034, BE68539007547034",
    "IT60X0542811101000000123456, IT60X0542811101000000123456",
    "NO9386011117947, NO9386011117947",
    "MT84MALT011000012345MTLCAST001S, MT84MALT011000012345MTLCAST001S",
    "CH9300762011623852957, CH9300762011623852957",
    "'es91 2100 0418 4502 0005 1332', ES9121000418450200051332"
  })
  void parse_returnsElectronicForm_onValidSepaIban(String raw, String expected) {
    // Arrange
    // (raw IBANs from the ISO 13616 registry examples, some in paper form)

    // Act
    var parsed = Iban.parse(raw);

    // Assert
    assertThat(parsed).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ES9121000418450200051333", // wrong check (last digit changed)
        "DE88370400440532013000", // wrong check digits
        "ES912100041845020005133", // one character short for ES
        "DE8937040044053201300012", // too long for DE
        "US12345678901234567890", // not a SEPA country
        "BR1800360305000010009795493C1", // valid IBAN, not SEPA
        "ES91-2100-0418-4502-0005-1332", // dashes are not allowed
        "9121000418450200051332ES",
        "",
        "ES"
      })
  void parse_returnsEmpty_onInvalidIban(String raw) {
    // Arrange
    // (see the comments of the values)

    // Act
    var parsed = Iban.parse(raw);

    // Assert
    assertThat(parsed).isEmpty();
  }

  @Test
  void parse_returnsEmpty_onNull() {
    // Arrange
    String raw = null;

    // Act
    var parsed = Iban.parse(raw);

    // Assert
    assertThat(parsed).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "ES9121000418450200051332, ES91 **** **** **** **** 1332",
    "DE89370400440532013000, DE89 **** **** **** **** 3000",
    "NO9386011117947, NO93 **** **** 7947",
    "BE68539007547034, BE68 **** **** 7034"
  })
  void mask_keepsCountryCheckDigitsAndLast4_onIban(String iban, String expected) {
    // Arrange
    // (electronic-form IBANs)

    // Act
    String masked = Iban.mask(iban);

    // Assert
    assertThat(masked).isEqualTo(expected);
  }
}
