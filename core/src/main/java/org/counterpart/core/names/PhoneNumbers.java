package org.counterpart.core.names;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/** Provisional phone normalisation; replaced by the full version. */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  public static Optional<String> e164(String raw, String defaultRegion) {
    var util = PhoneNumberUtil.getInstance();
    try {
      var number = util.parse(raw, defaultRegion);
      if (!util.isPossibleNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
