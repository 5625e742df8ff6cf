package org.counterpart.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void readsSerbianNumbersInEveryCommonFormat() {
    assertThat(PhoneNumbers.e164("+381 64 123 4567", "RS")).contains("+381641234567");
    assertThat(PhoneNumbers.e164("064/123-4567", "RS")).contains("+381641234567");
    assertThat(PhoneNumbers.e164("00381641234567", "RS")).contains("+381641234567");
    assertThat(PhoneNumbers.e164("(064) 123 45 67", "RS")).contains("+381641234567");
  }

  @Test
  void knowsKosovoAsXk() {
    assertThat(PhoneNumbers.e164("+383 44 123 456", "XK")).contains("+38344123456");
    assertThat(PhoneNumbers.e164("044 123 456", "XK")).contains("+38344123456");
    assertThat(PhoneNumbers.e164("+383 44 123 456", "MK")).contains("+38344123456");
  }

  @Test
  void readsNationalNumbersWithTheNodesCountry() {
    assertThat(PhoneNumbers.e164("069 123 456", "MK")).contains("+38969123456");
    assertThat(PhoneNumbers.e164("069 123 456", "ME")).contains("+38269123456");
    assertThat(PhoneNumbers.e164("069 123 4567", "AL")).contains("+355691234567");
    assertThat(PhoneNumbers.e164("061 123 456", "BA")).contains("+38761123456");
  }

  @Test
  void keepsForeignNumbersWrittenInternationally() {
    assertThat(PhoneNumbers.e164("+93 70 123 4567", "RS")).contains("+93701234567");
    assertThat(PhoneNumbers.e164("00 92 300 1234567", "BA")).contains("+923001234567");
  }

  @Test
  void acceptsTheRegionInAnyCaseAndAnUnknownRegionForInternationalNumbersOnly() {
    assertThat(PhoneNumbers.e164("064/123-4567", " rs ")).contains("+381641234567");
    assertThat(PhoneNumbers.e164("+381 64 123 4567", "")).contains("+381641234567");
    assertThat(PhoneNumbers.e164("064/123-4567", "")).isEmpty();
    assertThat(PhoneNumbers.e164("064/123-4567", "QQ")).isEmpty();
  }

  @Test
  void isEmptyForWhatIsNotAPossibleNumber() {
    assertThat(PhoneNumbers.e164("not a phone", "RS")).isEmpty();
    assertThat(PhoneNumbers.e164("", "RS")).isEmpty();
    assertThat(PhoneNumbers.e164("12", "RS")).isEmpty();
    assertThat(PhoneNumbers.e164("+381 64 123 4567 8901 234", "RS")).isEmpty();
  }
}
