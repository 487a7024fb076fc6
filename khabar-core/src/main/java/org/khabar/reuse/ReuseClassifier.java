package org.khabar.reuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.text.Document;

/**
 * Decides whether a newspaper report is wholly, partially or not derived from an agency report:
 * multinomial logistic regression over {@link ReuseFeatures}, standardized. The shipped model
 * was fitted by {@code khabar train reuse} on COUNTER pairs 0001-0150 only.
 */
public final class ReuseClassifier {

  /** A decision and the probability of each class. */
  public record Decision(ReuseClass reuse, double[] probabilities) {}

  private final double[] means;
  private final double[] scales;
  private final double[][] weights; // [class][feature + 1], the last column is the bias

  public ReuseClassifier(double[] means, double[] scales, double[][] weights) {
    int features = ReuseFeatures.NAMES.size();
    if (means.length != features || scales.length != features
        || weights.length != ReuseClass.values().length) {
      throw new IllegalArgumentException("a reuse model needs " + features + " features and "
          + ReuseClass.values().length + " classes");
    }
    this.means = means.clone();
    this.scales = scales.clone();
    this.weights = new double[weights.length][];
    for (int c = 0; c < weights.length; c++) {
      if (weights[c].length != features + 1) {
        throw new IllegalArgumentException("class " + c + " has " + weights[c].length
            + " weights, not " + (features + 1));
      }
      this.weights[c] = weights[c].clone();
    }
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
   * Decides in two steps, as the classes nest: derived or not first, by whether the derived
   * classes together are likelier than not (P(WD) + P(PD) > P(ND)); then, for a derived report,
   * the likelier of wholly and partly. Taking the single likeliest class instead would call a
   * report with P = (0.3, 0.3, 0.4) not derived although it is derived with probability 0.6.
   */
  public Decision classify(double[] features) {
    double[] p = probabilities(standardize(features));
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

  double[] probabilities(double[] x) {
    return softmax(weights, x);
  }

  static double[] softmax(double[][] weights, double[] x) {
    double[] scores = new double[weights.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < weights.length; c++) {
      double score = weights[c][x.length];
      for (int i = 0; i < x.length; i++) {
        score += weights[c][i] * x[i];
      }
      scores[c] = score;
      max = Math.max(max, score);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
    return scores;
  }

  /** Writes the model in the text format {@link #read} reads. */
  public void write(Writer out) throws IOException {
    out.write("# Khabar reuse model: multinomial logistic regression, classes "
        + String.join(" ", names()) + "\n");
    out.write("features " + String.join(" ", ReuseFeatures.NAMES) + "\n");
    out.write("means" + numbers(means) + "\n");
    out.write("scales" + numbers(scales) + "\n");
    for (int c = 0; c < weights.length; c++) {
      out.write("weights " + ReuseClass.values()[c] + numbers(weights[c]) + "\n");
    }
  }

  /** Reads a model written by {@link #write}; fails clearly on a model of other features. */
  public static ReuseClassifier read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double[] means = null;
    double[] scales = null;
    double[][] weights = new double[ReuseClass.values().length][];
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
        case "means" -> means = parse(parts, 1);
        case "scales" -> scales = parse(parts, 1);
        case "weights" -> weights[ReuseClass.valueOf(parts[1]).ordinal()] = parse(parts, 2);
        default -> throw new IOException("unknown line in reuse model: " + parts[0]);
      }
    }
    if (means == null || scales == null || java.util.Arrays.asList(weights).contains(null)) {
      throw new IOException("the reuse model is incomplete");
    }
    try {
      return new ReuseClassifier(means, scales, weights);
    } catch (IllegalArgumentException e) {
      throw new IOException("the reuse model is corrupt: " + e.getMessage());
    }
  }

  private static double[] parse(String[] parts, int from) throws IOException {
    double[] values = new double[parts.length - from];
    try {
      for (int i = from; i < parts.length; i++) {
        values[i - from] = Double.parseDouble(parts[i]);
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

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (ReuseClass c : ReuseClass.values()) {
      names.add(c.name());
    }
    return names;
  }
}
