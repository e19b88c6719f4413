package com.clicknback.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  private static final String PREFIX = "value is not a valid email address: ";

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          '  New.User@Example.COM '|New.User@example.com
          New.User@example.com|New.User@example.com
          Name <a@b.com>|a@b.com
          New User <New.User@Example.COM>|New.User@example.com
          user@xn--bcher-kva.com|user@bücher.com
          user@XN--BCHER-KVA.COM|user@bücher.com
          José@Bücher.de|José@bücher.de
          用户@例子.广告|用户@例子.广告
          first.last+tag@sub.example.co.uk|first.last+tag@sub.example.co.uk
          user@example.com|user@example.com
          """)
  void normalize_returnsNormalisedAddress_onValidInput(String raw, String expected) {
    // Arrange (the raw value)

    // Act
    String normalised = EmailAddress.normalize(raw);

    // Assert
    assertThat(normalised).isEqualTo(expected);
  }

  @Test
  void normalize_keepsLocalPartCase_onMixedCaseAddress() {
    // Arrange
    String raw = "MiXeD.CaSe@ExAmPlE.CoM";

    // Act
    String normalised = EmailAddress.normalize(raw);

    // Assert
    assertThat(normalised).isEqualTo("MiXeD.CaSe@example.com");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain.example.com     | An email address must have an @-sign.
          @example.com          | There must be something before the @-sign.
          user@                 | There must be something after the @-sign.
          user@localhost        | The part after the @-sign is not valid. It should have a period.
          "quoted"@example.com  | Quoted local parts are not allowed.
          user@[1.2.3.4]        | A bracketed IP address after the @-sign is not allowed here.
          a..b@example.com      | The part before the @-sign cannot start or end with a period or have two periods in a row.
          .a@example.com        | The part before the @-sign cannot start or end with a period or have two periods in a row.
          a.@example.com        | The part before the @-sign cannot start or end with a period or have two periods in a row.
          a(b)@example.com      | The part before the @-sign contains invalid characters.
          a b@example.com       | The part before the @-sign contains invalid characters.
          a@b@example.com       | The email address contains more than one @-sign.
          user@example..com     | The part after the @-sign contains invalid characters or an empty label.
          user@-example.com     | The part after the @-sign contains invalid characters or an empty label.
          user@exa mple.com     | The part after the @-sign contains invalid characters or an empty label.
          user@1.2.3.4          | The part after the @-sign is not valid. It is not a domain name.
          """)
  void normalize_refusesWithReason_onMalformedAddress(String raw, String reason) {
    // Act & Assert
    assertThatThrownBy(() -> EmailAddress.normalize(raw))
        .isInstanceOf(EmailAddress.InvalidEmailException.class)
        .hasMessage(PREFIX + reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user@example.test",
        "user@host.local",
        "user@app.localhost",
        "user@example.invalid",
        "user@hidden.onion",
        "user@4.3.2.1.in-addr.arpa",
        "user@EXAMPLE.TEST"
      })
  void normalize_refusesSpecialUseDomain_onReservedTopLevelDomain(String raw) {
    // Act & Assert
    assertThatThrownBy(() -> EmailAddress.normalize(raw))
        .isInstanceOf(EmailAddress.InvalidEmailException.class)
        .hasMessage(
            PREFIX
                + "The part after the @-sign is a special-use or reserved name that cannot be"
                + " used with email.");
  }

  @Test
  void normalize_refusesWithPrefixedMessage_onNull() {
    // Act & Assert
    assertThatThrownBy(() -> EmailAddress.normalize(null))
        .isInstanceOf(EmailAddress.InvalidEmailException.class)
        .hasMessageStartingWith(PREFIX);
  }

  @Test
  void normalize_refusesTooLongAddress_onMoreThan254Characters() {
    // Arrange
    String label = "a".repeat(60);
    String raw = "user@" + String.join(".", label, label, label, label, label) + ".com";

    // Act & Assert
    assertThatThrownBy(() -> EmailAddress.normalize(raw))
        .isInstanceOf(EmailAddress.InvalidEmailException.class)
        .hasMessage(PREFIX + "The email address is too long.");
  }

  @Test
  void normalize_acceptsExampleDotCom_always() {
    // Act
    String normalized = EmailAddress.normalize("someone@example.com");

    // Assert
    assertThat(normalized).isEqualTo("someone@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "no-at-sign", "user@x.test"})
  void normalize_refuses_onBlankOrInvalidValue(String raw) {
    // Act & Assert
    assertThatThrownBy(() -> EmailAddress.normalize(raw))
        .isInstanceOf(EmailAddress.InvalidEmailException.class);
  }
}
