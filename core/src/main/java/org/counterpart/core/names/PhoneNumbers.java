package org.counterpart.core.names;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/** Phone numbers in E.164, the one form in which two records' numbers can be compared. */
public final class PhoneNumbers {

  /** Thread-safe, per libphonenumber's documentation. */
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** libphonenumber's region code for "no default region": only +-prefixed numbers then parse. */
  private static final String UNKNOWN_REGION = "ZZ";

  private PhoneNumbers() {}

  /**
   * E.164 form ("+381641234567") of a phone in any common format, with the node's country (ISO
   * alpha-2, XK allowed: libphonenumber knows XK as +383) as default region; empty when it is not a
   * possible number.
   *
   * <p>The default region only matters for numbers written nationally (064/123-4567) or with the
   * international call prefix (00381 ...). "Possible" is libphonenumber's length check for the
   * country, stricter than parsing and looser than validity: a number from a range not yet
   * allocated is kept, since registers hold old and foreign numbers. A number that would need an
   * area code to be dialled from elsewhere (possible only locally) is empty, because its E.164 form
   * would be wrong. An unknown default region accepts only numbers starting with +.
   */
  public static Optional<String> e164(String raw, String defaultRegion) {
    String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
    if (!UTIL.getSupportedRegions().contains(region)) {
      region = UNKNOWN_REGION;
    }
    try {
      PhoneNumber number = UTIL.parse(raw, region);
      if (UTIL.isPossibleNumberWithReason(number) != ValidationResult.IS_POSSIBLE) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
