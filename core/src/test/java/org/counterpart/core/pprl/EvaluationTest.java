package org.counterpart.core.pprl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Accuracy on the generated Balkan evaluation set: the goal, as a test. */
class EvaluationTest {

  @Test
  void encodingsLinkWithF1AboveTheGoalAndNoWorseThanClearText() {
    var set = Evaluation.generate(2000, 7);
    var encoded =
        Evaluation.encoded(
            set, "evaluation-secret-0001".getBytes(StandardCharsets.UTF_8), OptionalDouble.empty());
    var score = Evaluation.score(encoded.links(), set.truth());
    var clear = Evaluation.score(Evaluation.baseline(set, 0.85), set.truth());
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.f1()).isGreaterThanOrEqualTo(clear.f1() - 0.01);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void theAutomaticThresholdHoldsWhetherEveryoneOrFewHaveAMatch() {
    byte[] secret = "evaluation-secret-0002".getBytes(StandardCharsets.UTF_8);
    for (double overlap : new double[] {1.0, 0.2}) {
      var set = Evaluation.generate(1500, 11, overlap);
      var encoded = Evaluation.encoded(set, secret, OptionalDouble.empty());
      assertThat(Evaluation.score(encoded.links(), set.truth()).f1())
          .as("F1 with %.0f %% of A in B, threshold %.2f", overlap * 100, encoded.threshold())
          .isGreaterThanOrEqualTo(0.96);
    }
  }
}
