package org.khabar.reuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.khabar.text.Document;

/**
 * Decides whether a newspaper report is wholly, partially or not derived from an agency report:
 * ordinal (proportional-odds) logistic regression over {@link ReuseFeatures}, standardized. The
 * classes are degrees of one thing, ND &lt; PD &lt; WD, so the model has one score, the weighted
 * sum of the features, and two cut points on it: P(derived) = σ(score − derivedCut) and P(WD) =
 * σ(score − whollyCut), whollyCut above derivedCut. That is one weight per feature instead of
 * one per feature and class, which suits the 150 training pairs: on 10-fold cross-validation
 * over pairs 0001-0150 it gave derived-vs-not accuracy 0.813 and macro-F1 0.741 against 0.793
 * and 0.722 for multinomial (softmax) regression over the same features. The shipped model was
 * fitted by {@code khabar train reuse} on COUNTER pairs 0001-0150 only.
 */
public final class ReuseClassifier {

  /** A decision and the probability of each class, in the order of {@link ReuseClass}. */
  public record Decision(ReuseClass reuse, double[] probabilities) {}

  private final double[] means;
  private final double[] scales;
  private final double[] weights;
  private final double derivedCut;
  private final double whollyCut;

  public ReuseClassifier(double[] means, double[] scales, double[] weights, double derivedCut,
      double whollyCut) {
    int features = ReuseFeatures.NAMES.size();
    if (means.length != features || scales.length != features || weights.length != features) {
      throw new IllegalArgumentException("a reuse model needs " + features + " features");
    }
    if (!(derivedCut <= whollyCut)) {
      throw new IllegalArgumentException("the cut for wholly derived (" + whollyCut
          + ") is below the cut for derived (" + derivedCut + ")");
    }
    this.means = means.clone();
    this.scales = scales.clone();
    this.weights = weights.clone();
    this.derivedCut = derivedCut;
    this.whollyCut = whollyCut;
  }

  /** The model that ships with Khabar. */
  public static ReuseClassifier shipped() {
    String resource = "/org/khabar/reuse/model.txt";
    try (InputStream in = ReuseClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing reuse model " + resource
            + "; rebuild it with 'khabar train reuse'");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reuse model " + resource, e);
    }
  }

  public Decision classify(Document source, Document derived) {
    return classify(ReuseFeatures.of(source, derived));
  }

  /**
   * Decides in two steps, as the classes nest: derived or not first, by whether derived is
   * likelier than not (P(WD) + P(PD) > P(ND)); then, for a derived report, the likelier of
   * wholly and partly. Taking the single likeliest class instead would call a report with
   * P = (0.3, 0.3, 0.4) not derived although it is derived with probability 0.6.
   */
  public Decision classify(double[] features) {
    double[] p = probabilities(score(standardize(features)), derivedCut, whollyCut);
    ReuseClass reuse = p[ReuseClass.ND.ordinal()] >= 0.5 ? ReuseClass.ND
        : p[ReuseClass.WD.ordinal()] > p[ReuseClass.PD.ordinal()] ? ReuseClass.WD : ReuseClass.PD;
    return new Decision(reuse, p);
  }

  double[] standardize(double[] features) {
    double[] x = new double[features.length];
    for (int i = 0; i < features.length; i++) {
      x[i] = (features[i] - means[i]) / scales[i];
    }
    return x;
  }

  private double score(double[] x) {
    return score(weights, x);
  }

  static double score(double[] weights, double[] x) {
    double score = 0;
    for (int i = 0; i < x.length; i++) {
      score += weights[i] * x[i];
    }
    return score;
  }

  /** The probabilities of WD, PD and ND for a score and the two cut points. */
  static double[] probabilities(double score, double derivedCut, double whollyCut) {
    double derived = sigmoid(score - derivedCut);
    double wholly = sigmoid(score - whollyCut);
    double[] p = new double[ReuseClass.values().length];
    p[ReuseClass.WD.ordinal()] = wholly;
    p[ReuseClass.PD.ordinal()] = Math.max(0, derived - wholly);
    p[ReuseClass.ND.ordinal()] = 1 - derived;
    return p;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** Writes the model in the text format {@link #read} reads. */
  public void write(Writer out) throws IOException {
    out.write("# Khabar reuse model: ordinal logistic regression, classes ND < PD < WD\n");
    out.write("features " + String.join(" ", ReuseFeatures.NAMES) + "\n");
    out.write("means" + numbers(means) + "\n");
    out.write("scales" + numbers(scales) + "\n");
    out.write("weights" + numbers(weights) + "\n");
    out.write("cuts" + numbers(new double[] {derivedCut, whollyCut}) + "\n");
  }

  /** Reads a model written by {@link #write}; fails clearly on a model of other features. */
  public static ReuseClassifier read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double[] means = null;
    double[] scales = null;
    double[] weights = null;
    double[] cuts = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.trim().split("\\s+");
      switch (parts[0]) {
        case "features" -> {
          List<String> names = List.of(parts).subList(1, parts.length);
          if (!names.equals(ReuseFeatures.NAMES)) {
            throw new IOException("the reuse model was made for features " + names
                + ", not " + ReuseFeatures.NAMES + "; rebuild it with 'khabar train reuse'");
          }
        }
        case "means" -> means = parse(parts);
        case "scales" -> scales = parse(parts);
        case "weights" -> weights = parse(parts);
        case "cuts" -> cuts = parse(parts);
        default -> throw new IOException("unknown line in reuse model: " + parts[0]
            + "; rebuild it with 'khabar train reuse'");
      }
    }
    if (means == null || scales == null || weights == null || cuts == null || cuts.length != 2) {
      throw new IOException("the reuse model is incomplete; rebuild it with 'khabar train reuse'");
    }
    try {
      return new ReuseClassifier(means, scales, weights, cuts[0], cuts[1]);
    } catch (IllegalArgumentException e) {
      throw new IOException("the reuse model is corrupt: " + e.getMessage());
    }
  }

  private static double[] parse(String[] parts) throws IOException {
    double[] values = new double[parts.length - 1];
    try {
      for (int i = 1; i < parts.length; i++) {
        values[i - 1] = Double.parseDouble(parts[i]);
      }
    } catch (NumberFormatException e) {
      throw new IOException("the reuse model has a number it cannot read: " + e.getMessage());
    }
    return values;
  }

  private static String numbers(double[] values) {
    StringBuilder out = new StringBuilder();
    for (double value : values) {
      out.append(' ').append(String.format(Locale.ROOT, "%.10g", value));
    }
    return out.toString();
  }
}
