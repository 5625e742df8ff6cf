package org.counterpart.core.demo;

import java.time.LocalDate;

/** Makes the persons of one node's cases, named the way that node's registers write them. */
final class PersonFactory {

  private static final long RENDER_SALT = 0x52454E44L;

  private final long seed;
  private final NodeProfile node;
  private final Citizenship local;

  PersonFactory(long seed, NodeProfile node) {
    this.seed = seed;
    this.node = node;
    this.local = Citizenship.of(node.country());
  }

  /** A citizen of any country, from one of its communities. */
  SyntheticPerson citizen(
      String id, String citizenship, Sex sex, LocalDate birthDate, SplitMix rnd) {
    Community community =
        Citizenship.isRegional(citizenship)
            ? NodeProfile.of(citizenship).nationals().pick(rnd)
            : Community.ofForeignCitizenship(citizenship);
    return member(id, community, citizenship, sex, birthDate, rnd);
  }

  /** A citizen from a given community, e.g. a Roma child in a begging case. */
  SyntheticPerson member(
      String id,
      Community community,
      String citizenship,
      Sex sex,
      LocalDate birthDate,
      SplitMix rnd) {
    NameSet names = community.names();
    Spelling spelling = node.nativeSpelling(community.orthography(), rnd);
    NameRenderer.Name name =
        NameRenderer.render(
            community, sex, rnd.pick(names.given(sex)), rnd.pick(names.surnames()), spelling, rnd);
    Citizenship papers = Citizenship.of(citizenship);
    // Migrants and foreign smugglers often use a local SIM card; the region's citizens keep theirs.
    boolean localSim = !Citizenship.isRegional(citizenship) && rnd.percent(35);
    String phone = (localSim ? local : papers).mobileNumber(rnd);
    return new SyntheticPerson(
        id,
        name.given(),
        name.surname(),
        name.script(),
        sex,
        birthDate,
        citizenship,
        phone,
        papers.documentNumber(rnd),
        null);
  }

  /**
   * A pool member as this node knows them. The draw depends only on the seed, the member and the
   * node, so every case of this node shows the same record, and other nodes a different one.
   */
  SyntheticPerson known(String id, CrossBorderPool.Member member) {
    SplitMix rnd = SplitMix.of(seed, RENDER_SALT, member.index(), SplitMix.code(node.country()));
    Community community = member.community();
    Spelling spelling = node.crossBorderSpelling(community.orthography(), rnd);
    NameRenderer.Name name =
        NameRenderer.render(
            community, member.sex(), member.givenEntry(), member.surnameEntry(), spelling, rnd);
    name = withClericalErrors(name, community, rnd);
    LocalDate birthDate =
        rnd.percent(15) ? swapDayAndMonth(member.birthDate()) : member.birthDate();
    Citizenship papers = Citizenship.of(member.citizenship());
    String phone = rnd.percent(15) ? papers.mobileNumber(rnd) : member.phone();
    String document = rnd.percent(20) ? papers.documentNumber(rnd) : member.document();
    return new SyntheticPerson(
        id,
        name.given(),
        name.surname(),
        name.script(),
        member.sex(),
        birthDate,
        member.citizenship(),
        phone,
        document,
        member.key());
  }

  /** The slips that make one person look like two: a typo, or given name and surname swapped. */
  private static NameRenderer.Name withClericalErrors(
      NameRenderer.Name name, Community community, SplitMix rnd) {
    NameRenderer.Name result = name;
    if (rnd.percent(12)) {
      result =
          rnd.percent(50)
              ? new NameRenderer.Name(NameRenderer.typo(name.given(), rnd), name.surname())
              : new NameRenderer.Name(name.given(), NameRenderer.typo(name.surname(), rnd));
    }
    return rnd.percent(community.writesFamilyNameFirst() ? 30 : 4) ? result.swapped() : result;
  }

  /** The pool member's identity as their own community writes it: what tests compare against. */
  static SyntheticPerson canonical(CrossBorderPool.Member member) {
    NameRenderer.Name name =
        NameRenderer.canonical(
            member.community(), member.sex(), member.givenEntry(), member.surnameEntry());
    return new SyntheticPerson(
        member.key(),
        name.given(),
        name.surname(),
        name.script(),
        member.sex(),
        member.birthDate(),
        member.citizenship(),
        member.phone(),
        member.document(),
        member.key());
  }

  /** 03.07.1990 read as 07.03.1990, the commonest date error between registers. */
  static LocalDate swapDayAndMonth(LocalDate date) {
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return date;
    }
    // Every month has a 12th day, so the swapped date always exists.
    return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
  }

  /** A birth date that makes the person exactly {@code age} on the given day. */
  static LocalDate bornAtAge(LocalDate on, int age, SplitMix rnd) {
    return on.minusYears(age).minusDays(rnd.nextInt(365));
  }
}
