package org.khabar.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.khabar.tokenize.Token;

/**
 * The trained tagger: a weight for each (feature, tag) pair the training kept, weights for tag
 * transitions, and the gazetteer its features were made with. It gives the tokens of a sentence
 * their best BILOU tags (see {@link TagSet}).
 *
 * <p>Stored as gzip'd {@link DataOutputStream} data: a header, the gazetteer, the transitions,
 * the word classes, then the feature rows sorted by key, each with the tags it has a weight for. Weights are
 * 16-bit fixed point, which changes no decision measurably and halves the file.
 */
public final class NerModel {

  /** Where the model that ships with Khabar lies on the class path. */
  public static final String RESOURCE = "/org/khabar/ner/ner-model.bin.gz";

  private static final String MAGIC = "khabar-ner";
  private static final int FORMAT = 1;
  private static final int T = TagSet.SIZE;

  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final LongIntMap rows;
  private final long[] keys; // sorted
  private final int[] rowStart;
  private final byte[] entryTag;
  private final float[] entryWeight;
  private final float[] transition;
  private final float[] start;
  private final float[] end;
  private final float scale;

  private NerModel(
      Gazetteer gazetteer, WordClusters clusters, long[] keys, int[] rowStart, byte[] entryTag, float[] entryWeight,
      float[] transition, float[] start, float[] end, float scale) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.scale = scale;
    this.keys = keys;
    this.rowStart = rowStart;
    this.entryTag = entryTag;
    this.entryWeight = entryWeight;
    this.transition = transition;
    this.start = start;
    this.end = end;
    this.rows = new LongIntMap(keys.length + 1);
    for (int r = 0; r < keys.length; r++) {
      rows.put(keys[r], r);
    }
  }

  /**
   * A model from dense weights {@code weights[f * T + t]} for the features with keys {@code
   * featureKeys[f]}, keeping only weights whose size is at least {@code minWeight} once rounded.
   */
  static NerModel fromDense(
      Gazetteer gazetteer, WordClusters clusters, long[] featureKeys, float[] weights, float[] transition,
      float[] start, float[] end, float minWeight) {
    Integer[] order = new Integer[featureKeys.length];
    for (int f = 0; f < order.length; f++) {
      order[f] = f;
    }
    Arrays.sort(order, (a, b) -> Long.compare(featureKeys[a], featureKeys[b]));
    float scale = Fixed.scale(weights, transition, start, end);
    long[] keys = new long[featureKeys.length];
    int[] rowStart = new int[featureKeys.length + 1];
    byte[] tags = new byte[1024];
    float[] values = new float[1024];
    int rowCount = 0;
    int entries = 0;
    for (int f : order) {
      int first = entries;
      for (int t = 0; t < T; t++) {
        float w = Fixed.round(weights[f * T + t], scale);
        if (w != 0 && Math.abs(w) >= minWeight) {
          if (entries == tags.length) {
            tags = Arrays.copyOf(tags, entries * 2);
            values = Arrays.copyOf(values, entries * 2);
          }
          tags[entries] = (byte) t;
          values[entries] = w;
          entries++;
        }
      }
      if (entries > first) {
        keys[rowCount] = featureKeys[f];
        rowStart[++rowCount] = entries;
      }
    }
    return new NerModel(
        gazetteer, clusters, Arrays.copyOf(keys, rowCount), Arrays.copyOf(rowStart, rowCount + 1),
        Arrays.copyOf(tags, entries), Arrays.copyOf(values, entries),
        Fixed.round(transition, scale), Fixed.round(start, scale), Fixed.round(end, scale),
        scale);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public WordClusters clusters() {
    return clusters;
  }

  /** The number of features with a weight. */
  public int features() {
    return keys.length;
  }

  /** The number of (feature, tag) weights. */
  public int weights() {
    return entryWeight.length;
  }

  /** The best tags of {@code tokens}, one sentence. */
  public int[] tag(List<Token> tokens) {
    SentenceView sentence = new SentenceView(tokens, gazetteer, clusters);
    return Viterbi.decode(emissions(sentence), sentence.size, transition, start, end, null);
  }

  /** The score of each tag at each token, {@code [i * T + t]}. */
  float[] emissions(SentenceView sentence) {
    float[] emission = new float[sentence.size * T];
    long[] features = new long[NerFeatures.MAX];
    for (int i = 0; i < sentence.size; i++) {
      int count = NerFeatures.extract(sentence, i, features);
      int base = i * T;
      for (int k = 0; k < count; k++) {
        int row = rows.get(features[k]);
        if (row >= 0) {
          for (int e = rowStart[row], stop = rowStart[row + 1]; e < stop; e++) {
            emission[base + entryTag[e]] += entryWeight[e];
          }
        }
      }
    }
    return emission;
  }

  // ---- storage

  /** Writes the model as gzip'd data; the same model always gives the same bytes. */
  public void write(OutputStream stream) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(stream, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(NerFeatures.VERSION);
    out.writeInt(T);
    for (int t = 0; t < T; t++) {
      out.writeUTF(TagSet.name(t));
    }
    gazetteer.write(out);
    clusters.write(out);
    out.writeFloat(scale);
    Fixed.write(out, transition, scale);
    Fixed.write(out, start, scale);
    Fixed.write(out, end, scale);
    out.writeInt(keys.length);
    long previous = 0;
    for (int r = 0; r < keys.length; r++) {
      out.writeLong(keys[r] - previous);
      previous = keys[r];
      out.writeByte(rowStart[r + 1] - rowStart[r]);
    }
    out.writeInt(entryTag.length);
    out.write(entryTag);
    Fixed.write(out, entryWeight, scale);
    out.flush();
    gzip.finish();
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** Reads a model written by {@link #write}; a missing or corrupt one fails with a clear message. */
  public static NerModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new NerModelException("the named-entity model " + file + " does not exist");
    } catch (IOException e) {
      throw new NerModelException("cannot read the named-entity model " + file + ": " + e, e);
    }
  }

  /** Reads a model from {@code stream}; {@code name} says where from in error messages. */
  public static NerModel read(InputStream stream, String name) {
    try {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
      if (!MAGIC.equals(in.readUTF())) {
        throw corrupt(name, "not a Khabar named-entity model");
      }
      int format = in.readInt();
      int features = in.readInt();
      if (format != FORMAT || features != NerFeatures.VERSION) {
        throw corrupt(name, "made for another version of Khabar (format " + format
            + ", features " + features + "); rebuild it with 'khabar train ner'");
      }
      if (in.readInt() != T) {
        throw corrupt(name, "made for other tags");
      }
      for (int t = 0; t < T; t++) {
        if (!TagSet.name(t).equals(in.readUTF())) {
          throw corrupt(name, "made for other tags");
        }
      }
      Gazetteer gazetteer = Gazetteer.read(in);
      WordClusters clusters = WordClusters.read(in);
      float scale = in.readFloat();
      if (!(scale > 0) || Float.isInfinite(scale)) {
        throw corrupt(name, "bad weight scale " + scale);
      }
      float[] transition = Fixed.read(in, T * T, scale);
      float[] start = Fixed.read(in, T, scale);
      float[] end = Fixed.read(in, T, scale);
      int rowCount = in.readInt();
      if (rowCount < 0 || rowCount > 10_000_000) {
        throw corrupt(name, "bad feature count " + rowCount);
      }
      long[] keys = new long[rowCount];
      int[] rowStart = new int[rowCount + 1];
      long previous = 0;
      for (int r = 0; r < rowCount; r++) {
        keys[r] = previous + in.readLong();
        previous = keys[r];
        rowStart[r + 1] = rowStart[r] + in.readUnsignedByte();
      }
      int entries = in.readInt();
      if (entries != rowStart[rowCount]) {
        throw corrupt(name, "feature rows do not add up");
      }
      byte[] tags = new byte[entries];
      in.readFully(tags);
      for (byte tag : tags) {
        if (tag < 0 || tag >= T) {
          throw corrupt(name, "bad tag " + tag);
        }
      }
      float[] weights = Fixed.read(in, entries, scale);
      if (in.read() != -1) {
        throw corrupt(name, "trailing data");
      }
      return new NerModel(
          gazetteer, clusters, keys, rowStart, tags, weights, transition, start, end, scale);
    } catch (EOFException | ZipException | UTFDataFormatException e) {
      throw corrupt(name, "truncated or damaged (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new NerModelException("cannot read the named-entity model " + name + ": " + e, e);
    }
  }

  private static NerModelException corrupt(String name, String why) {
    return new NerModelException(
        "the named-entity model " + name + " is corrupt: " + why
            + "; rebuild it with 'khabar train ner'");
  }

  private static volatile NerModel builtIn;

  /**
   * The model that ships with Khabar, loaded on first use; fails with a {@link
   * NerModelException} (every time it is asked) if the build lacks it or it is damaged.
   */
  public static NerModel builtIn() {
    NerModel model = builtIn;
    if (model == null) {
      synchronized (NerModel.class) {
        model = builtIn;
        if (model == null) {
          model = fromResource(RESOURCE);
          builtIn = model;
        }
      }
    }
    return model;
  }

  /** Reads a model from a class-path resource. */
  static NerModel fromResource(String resource) {
    InputStream in = NerModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new NerModelException("the named-entity model " + resource
          + " is missing from this build; make it with 'khabar train ner'");
    }
    try (in) {
      return read(in, resource);
    } catch (IOException e) {
      throw new NerModelException("cannot read the named-entity model " + resource, e);
    }
  }
}
