package com.clicknback.payouts;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * International Bank Account Numbers (ISO 13616) of the SEPA countries, where payouts in EUR can
 * go: the country's fixed length, then the mod-97 check (the rearranged number, letters as 10..35,
 * leaves remainder 1). Spaces are ignored and letters may be lower case; other countries are
 * refused.
 */
public final class Iban {

  /** IBAN length per SEPA country (ISO 13616 registry). */
  static final Map<String, Integer> SEPA_LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AT", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("CH", 21),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DK", 18),
          Map.entry("EE", 20),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GI", 23),
          Map.entry("GR", 27),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("MC", 27),
          Map.entry("MT", 31),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("PL", 28),
          Map.entry("PT", 25),
          Map.entry("RO", 24),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("VA", 22));

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Iban() {}

  /** The IBAN in electronic form (no spaces, upper case) if it is a valid SEPA IBAN. */
  public static Optional<String> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String iban = raw.replace(" ", "").toUpperCase(Locale.ROOT);
    if (iban.length() < 5 || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
      return Optional.empty();
    }
    Integer length = SEPA_LENGTHS.get(iban.substring(0, 2));
    if (length == null || iban.length() != length) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1
        ? Optional.of(iban)
        : Optional.empty();
  }

  /**
   * The IBAN as it may be shown: country and check digits, one {@code ****} group per hidden group
   * of four, and the last four characters: {@code ES91 **** **** **** **** 1332}.
   */
  public static String mask(String iban) {
    String hidden = iban.substring(4, iban.length() - 4);
    int groups = (hidden.length() + 3) / 4;
    return iban.substring(0, 4) + " ****".repeat(groups) + " " + iban.substring(iban.length() - 4);
  }
}
