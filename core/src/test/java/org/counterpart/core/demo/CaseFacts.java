package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** Checks on generated cases shared by several tests. */
final class CaseFacts {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Set<String> TRANSPORTS =
      Set.of("car", "bus", "truck", "on foot", "boat", "plane", "train");
  private static final Set<String> RECRUITMENT =
      Set.of(
          "AtAPlaceOfBusiness",
          "AtAnEducationalInstitution",
          "AtWork",
          "ThroughOnlineSocialNetworks",
          "ThroughAnOnlineAdvertisement",
          "ThroughATelevisionAdvert",
          "ThroughANewspaperAdvert",
          "ThroughFamilyOrFamilyEvents",
          "ThroughFriendsOrSocialEvents",
          "Other");

  private CaseFacts() {}

  static int age(CasePerson person, SyntheticCase c) {
    return Period.between(person.person().birthDate(), c.detectedOn()).getYears();
  }

  static void assertValidMobile(SyntheticPerson person) {
    PhoneNumber number = parse(person.phoneE164());
    assertThat(PHONES.isValidNumber(number)).as(person.phoneE164()).isTrue();
    assertThat(PHONES.getNumberType(number))
        .as(person.phoneE164())
        .isIn(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    assertThat(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
        .isEqualTo(person.phoneE164());
    if (Citizenship.isRegional(person.citizenship())) {
      assertThat(PHONES.getRegionCodeForNumber(number))
          .as(person.phoneE164())
          .isEqualTo(person.citizenship());
    }
  }

  static void assertShapeOfKind(SyntheticCase c) {
    List<PersonRole> roles = c.persons().stream().map(CasePerson::role).toList();
    assertThat(roles).as(c.id()).contains(PersonRole.SUSPECT);
    assertThat(c.recruitmentMethod()).isIn(RECRUITMENT);
    for (CasePerson p : c.persons()) {
      assertThat(p.perpetratorRole() != null)
          .as(p.person().id())
          .isEqualTo(p.role() == PersonRole.SUSPECT);
    }
    if (c.kind() == CaseKind.TRAFFICKING) {
      assertThat(c.exploitation()).as(c.id()).isNotEmpty();
      assertThat(roles)
          .as(c.id())
          .contains(PersonRole.VICTIM)
          .doesNotContain(PersonRole.SMUGGLED_MIGRANT);
    } else {
      assertThat(c.exploitation()).as(c.id()).isEmpty();
      assertThat(roles)
          .as(c.id())
          .contains(PersonRole.SMUGGLED_MIGRANT)
          .doesNotContain(PersonRole.VICTIM);
      assertThat(c.persons()).anyMatch(p -> p.perpetratorRole() == PerpetratorRole.SMUGGLER);
    }
  }

  static void assertConnectedRoute(SyntheticCase c) {
    List<RouteLeg> route = c.route();
    for (int i = 0; i < route.size(); i++) {
      RouteLeg leg = route.get(i);
      assertThat(leg.fromCountry()).isNotEqualTo(leg.toCountry());
      assertThat(leg.borderCrossingPoint()).isNotBlank();
      assertThat(leg.transport()).isIn(TRANSPORTS);
      if (i > 0) {
        assertThat(leg.fromCountry()).as(c.id()).isEqualTo(route.get(i - 1).toCountry());
      }
    }
    if (!route.isEmpty()) {
      assertThat(route)
          .as(c.id())
          .anyMatch(l -> l.fromCountry().equals(c.country()) || l.toCountry().equals(c.country()));
    }
    if (c.kind() == CaseKind.SMUGGLING) {
      assertThat(route).as(c.id()).isNotEmpty();
    }
  }

  private static PhoneNumber parse(String phone) {
    try {
      return PHONES.parse(phone, "ZZ");
    } catch (NumberParseException e) {
      throw new AssertionError("Not a phone number: " + phone, e);
    }
  }
}
