package org.khabar.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReuseClassifierTest {

  private static final int FEATURES = ReuseFeatures.NAMES.size();

  /**
   * A model that ignores the features and gives each class the probability asked for: with a
   * score of 0, P(derived) = σ(−derivedCut) and P(WD) = σ(−whollyCut).
   */
  private static ReuseClassifier constant(double wd, double pd, double nd) {
    double[] ones = new double[FEATURES];
    java.util.Arrays.fill(ones, 1);
    return new ReuseClassifier(new double[FEATURES], ones, new double[FEATURES],
        -logit(wd + pd), -logit(wd));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  @Test
  void aReportLikelierDerivedThanNotIsDerivedThoughNotDerivedIsTheLikeliestClass() {
    ReuseClassifier.Decision decision = constant(0.25, 0.35, 0.40).classify(new double[FEATURES]);
    assertThat(decision.reuse()).isEqualTo(ReuseClass.PD);
    assertThat(decision.probabilities()[ReuseClass.ND.ordinal()]).isCloseTo(0.40, within(1e-9));
  }

  @Test
  void notDerivedWhenThatIsAtLeastEvenOdds() {
    assertThat(constant(0.30, 0.20, 0.50).classify(new double[FEATURES]).reuse())
        .isEqualTo(ReuseClass.ND);
  }

  @Test
  void whollyOrPartlyByTheLikelierOfTheTwo() {
    assertThat(constant(0.45, 0.35, 0.20).classify(new double[FEATURES]).reuse())
        .isEqualTo(ReuseClass.WD);
    assertThat(constant(0.10, 0.60, 0.30).classify(new double[FEATURES]).reuse())
        .isEqualTo(ReuseClass.PD);
  }

  @Test
  void aWrittenModelReadsBackTheSame() throws IOException {
    ReuseClassifier model = constant(0.2, 0.5, 0.3);
    StringWriter text = new StringWriter();
    model.write(text);
    ReuseClassifier read = ReuseClassifier.read(
        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    double[] x = new double[FEATURES];
    assertThat(read.classify(x).probabilities())
        .containsExactly(model.classify(x).probabilities(), within(1e-9));
  }

  @Test
  void aModelOfOtherFeaturesIsRefusedWithAClearMessage() {
    String text = "features containment1 somethingElse\n";
    assertThatThrownBy(() -> ReuseClassifier.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("khabar train reuse");
  }

  @Test
  void aModelWhoseWhollyCutIsBelowItsDerivedCutIsRefused() {
    String text = "features " + String.join(" ", ReuseFeatures.NAMES) + "\n"
        + "means" + " 0".repeat(FEATURES) + "\n"
        + "scales" + " 1".repeat(FEATURES) + "\n"
        + "weights" + " 0".repeat(FEATURES) + "\n"
        + "cuts 1 -1\n";
    assertThatThrownBy(() -> ReuseClassifier.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("corrupt");
  }

  @Test
  void theShippedModelLoads() {
    assertThat(ReuseClassifier.shipped()).isNotNull();
  }
}
