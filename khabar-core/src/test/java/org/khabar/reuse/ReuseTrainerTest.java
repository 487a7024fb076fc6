package org.khabar.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseTrainerTest {

  private static final int FEATURES = ReuseFeatures.NAMES.size();

  /** Pairs whose first feature (word containment) alone orders the classes, as in COUNTER. */
  private static List<ReuseTrainer.Example> orderedByContainment() {
    List<ReuseTrainer.Example> examples = new ArrayList<>();
    double[][] ranges = {{0.7, 0.9}, {0.4, 0.6}, {0.1, 0.3}}; // WD, PD, ND
    for (ReuseClass reuse : ReuseClass.values()) {
      double[] range = ranges[reuse.ordinal()];
      for (int i = 0; i < 5; i++) {
        double[] features = new double[FEATURES];
        features[0] = range[0] + (range[1] - range[0]) * i / 4;
        features[1] = (i % 2) * 0.1; // noise that says nothing of the class
        examples.add(new ReuseTrainer.Example(features, reuse));
      }
    }
    return examples;
  }

  private static double[] withContainment(double value) {
    double[] features = new double[FEATURES];
    features[0] = value;
    return features;
  }

  @Test
  void oneScoreWithTwoCutsSeparatesOrderedClasses() {
    ReuseClassifier model = new ReuseTrainer(0.001, 2000, 0.5, true).fit(orderedByContainment());
    assertThat(model.classify(withContainment(0.85)).reuse()).isEqualTo(ReuseClass.WD);
    assertThat(model.classify(withContainment(0.5)).reuse()).isEqualTo(ReuseClass.PD);
    assertThat(model.classify(withContainment(0.15)).reuse()).isEqualTo(ReuseClass.ND);
  }

  @Test
  void theProbabilitiesOfTheThreeClassesAddUpToOne() {
    ReuseClassifier model = new ReuseTrainer(0.01, 500, 0.5, false).fit(orderedByContainment());
    double sum = 0;
    for (double p : model.classify(withContainment(0.55)).probabilities()) {
      assertThat(p).isBetween(0.0, 1.0);
      sum += p;
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void theSameExamplesGiveTheSameModel() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    new ReuseTrainer(0.03, 300, 0.5, true).fit(orderedByContainment()).write(first);
    new ReuseTrainer(0.03, 300, 0.5, true).fit(orderedByContainment()).write(second);
    assertThat(first.toString()).isEqualTo(second.toString());
  }
}
