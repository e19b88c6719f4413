package com.clicknback.shared.validation;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Syntactic email validation and normalisation (spec 01 §2.1), with no DNS lookup: one {@code @}, a
 * dotted domain that is not an IP literal or a special-use name; surrounding whitespace and a
 * display name ({@code Name <addr>}) are dropped, the domain is lower-cased (IDNA {@code xn--}
 * labels become Unicode), and the local part keeps its case.
 */
public final class EmailAddress {

  static final String PREFIX = "value is not a valid email address: ";
  private static final Set<String> SPECIAL_USE =
      Set.of("test", "local", "localhost", "invalid", "onion", "arpa");
  private static final Pattern DISPLAY_NAME = Pattern.compile("^[^<>]*<([^<>]+)>$");
  private static final Pattern LOCAL_ATOM =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+");
  private static final Pattern DOMAIN_LABEL =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]([\\p{L}\\p{N}\\p{M}-]*[\\p{L}\\p{N}\\p{M}])?");
  private static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  /** The normalised address, or {@link InvalidEmailException} saying why it is not one. */
  public static String normalize(String raw) {
    if (raw == null) {
      throw new InvalidEmailException("An email address is required.");
    }
    String value = raw.strip();
    var displayName = DISPLAY_NAME.matcher(value);
    if (displayName.matches()) {
      value = displayName.group(1).strip();
    }
    int at = value.lastIndexOf('@');
    if (at < 0) {
      throw new InvalidEmailException("An email address must have an @-sign.");
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    if (local.isEmpty()) {
      throw new InvalidEmailException("There must be something before the @-sign.");
    }
    if (domain.isEmpty()) {
      throw new InvalidEmailException("There must be something after the @-sign.");
    }
    checkLocalPart(local);
    String normalizedDomain = normalizeDomain(domain);
    String address = local + "@" + normalizedDomain;
    if (address.length() > MAX_LENGTH) {
      throw new InvalidEmailException("The email address is too long.");
    }
    return address;
  }

  private static void checkLocalPart(String local) {
    if (local.startsWith("\"")) {
      throw new InvalidEmailException("Quoted local parts are not allowed.");
    }
    if (local.contains("@")) {
      throw new InvalidEmailException("The email address contains more than one @-sign.");
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      throw new InvalidEmailException(
          "The part before the @-sign cannot start or end with a period or have two periods in a row.");
    }
    for (String atom : local.split("\\.")) {
      if (!LOCAL_ATOM.matcher(atom).matches()) {
        throw new InvalidEmailException("The part before the @-sign contains invalid characters.");
      }
    }
  }

  private static String normalizeDomain(String domain) {
    if (domain.startsWith("[")) {
      throw new InvalidEmailException(
          "A bracketed IP address after the @-sign is not allowed here.");
    }
    String unicode;
    try {
      unicode = IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new InvalidEmailException("The part after the @-sign is not valid.");
    }
    if (!unicode.contains(".")) {
      throw new InvalidEmailException(
          "The part after the @-sign is not valid. It should have a period.");
    }
    String[] labels = unicode.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || !DOMAIN_LABEL.matcher(label).matches()) {
        throw new InvalidEmailException(
            "The part after the @-sign contains invalid characters or an empty label.");
      }
    }
    String tld = labels[labels.length - 1];
    if (SPECIAL_USE.contains(tld)) {
      throw new InvalidEmailException(
          "The part after the @-sign is a special-use or reserved name that cannot be used with email.");
    }
    if (tld.chars().allMatch(Character::isDigit)) {
      throw new InvalidEmailException(
          "The part after the @-sign is not valid. It is not a domain name.");
    }
    return unicode;
  }

  /** Why a value is not a usable email address; the message is the reason clients see. */
  public static final class InvalidEmailException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidEmailException(String reason) {
      super(PREFIX + reason);
    }
  }
}
