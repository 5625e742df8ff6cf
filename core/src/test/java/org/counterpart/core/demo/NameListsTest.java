package org.counterpart.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListsTest {

  private static final List<Community> MAJOR =
      List.of(
          Community.SERBIAN,
          Community.MONTENEGRIN,
          Community.BOSNIAK,
          Community.ROMA,
          Community.MACEDONIAN,
          Community.ALBANIAN);

  @Test
  void majorCommunitiesHaveAtLeastFortyNamesOfEachKind() {
    for (Community community : MAJOR) {
      NameSet names = community.names();
      assertThat(names.male()).as(community + " male").hasSizeGreaterThanOrEqualTo(40);
      assertThat(names.female()).as(community + " female").hasSizeGreaterThanOrEqualTo(40);
      assertThat(names.surnames()).as(community + " surnames").hasSizeGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void noListRepeatsAName() {
    for (Community community : Community.values()) {
      NameSet names = community.names();
      assertThat(names.male()).as(community.name()).doesNotHaveDuplicates();
      assertThat(names.female()).as(community.name()).doesNotHaveDuplicates();
      assertThat(names.surnames()).as(community.name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void macedonianNamesAreInCyrillicAndSomeHaveGjeOrKje() {
    NameSet names = Community.MACEDONIAN.names();
    assertThat(names.male()).allMatch(NameRenderer::isCyrillic);
    assertThat(names.surnames()).allMatch(NameRenderer::isCyrillic);
    assertThat(names.surnames()).anyMatch(s -> s.contains("Ѓ")).anyMatch(s -> s.contains("Ќ"));
  }

  @Test
  void sourceListsOtherThanMacedonianAreInLatin() {
    for (Community community : Community.values()) {
      if (community != Community.MACEDONIAN) {
        assertThat(community.names().surnames())
            .as(community.name())
            .noneMatch(NameRenderer::isCyrillic);
      }
    }
  }

  @Test
  void foreignListsCarryTranscriptionVariants() {
    assertThat(Community.AFGHAN.names().male()).contains("Mohammad|Muhammad|Mohammed|Mohamad");
    for (Community community : Community.FOREIGN) {
      assertThat(community.names().male()).as(community.name()).hasSizeGreaterThanOrEqualTo(20);
      assertThat(community.names().female()).as(community.name()).hasSizeGreaterThanOrEqualTo(10);
    }
  }
}
