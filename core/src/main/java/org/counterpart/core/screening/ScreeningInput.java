package org.counterpart.core.screening;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the first-line officer recorded.
 *
 * @param age the age in years, stated or assessed; null when unknown
 * @param ageAssessed whether the age comes from a document or an age assessment
 * @param accompanied whether a parent or legal guardian is present; null when not known
 * @param exploitation the form of exploitation the indicators are about
 * @param actOfTrafficking recruitment, transport, transfer, harbouring or receipt recorded
 * @param indicators ids of the catalogue's indicators found present
 * @param facilitatorPaid the person paid or promised a benefit to someone who procured the entry
 * @param irregularEntry irregular entry or stay
 * @param asksProtection asks for international protection or expresses fear of return
 * @param extremismFlagReason the officer's written reason for the violent-extremism flag, or null
 * @param catalogueVersion the catalogue version the indicators come from
 */
public record ScreeningInput(
    @Nullable Integer age,
    boolean ageAssessed,
    @Nullable Boolean accompanied,
    Exploitation exploitation,
    boolean actOfTrafficking,
    Set<String> indicators,
    boolean facilitatorPaid,
    boolean irregularEntry,
    boolean asksProtection,
    @Nullable String extremismFlagReason,
    int catalogueVersion) {

  public ScreeningInput {
    indicators = Set.copyOf(indicators);
  }
}
