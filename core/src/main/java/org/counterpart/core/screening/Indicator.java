package org.counterpart.core.screening;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the catalogue: a stable id, its dimension, its strength for adults and for
 * children (null: not an indicator for that profile), the ILO/EC label and the plain question an
 * officer asks, per language tag.
 */
public record Indicator(
    String id,
    Dimension dimension,
    @Nullable Strength adult,
    @Nullable Strength child,
    String label,
    Map<String, String> questions) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dimension, "dimension");
    questions = Map.copyOf(questions);
  }

  /** The strength that counts for a person of this profile and form of exploitation. */
  public @Nullable Strength strength(Profile profile, Exploitation exploitation) {
    if (exploitation == Exploitation.SEXUAL && id.equals("cd-forced-tasks")) {
      return Strength.STRONG;
    }
    return profile == Profile.CHILD ? child : adult;
  }

  /** The question in a language, falling back to English. */
  public String question(String languageTag) {
    String text = questions.get(languageTag);
    return text != null ? text : questions.getOrDefault("en", label);
  }
}
