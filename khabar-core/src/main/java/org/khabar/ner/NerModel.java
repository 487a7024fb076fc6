package org.khabar.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <p>The weights come in layers: one shared by every annotation convention, and one for each
 * convention the model was trained with (the NER sets: «ایک» is a NUMBER in IL-NER and mostly
 * not in UNER). A model decodes in one convention, its shared weights plus that convention's
 * ({@link #inConvention}); the file names the convention it decodes in by default.
 *
 * <p>Stored as gzip'd {@link DataOutputStream} data: a header, the gazetteer, the word classes,
 * the conventions, then each layer: its transitions and its feature rows sorted by key, each
 * with the tags it has a weight for. Weights are 16-bit fixed point, which changes no decision
 * measurably and halves the file.
 */
public final class NerModel {

  /** Where the model that ships with Khabar lies on the class path. */
  public static final String RESOURCE = "/org/khabar/ner/ner-model.bin.gz";

  private static final String MAGIC = "khabar-ner";
  private static final int FORMAT = 2;
  private static final int T = TagSet.SIZE;

  /** The weights of one layer, or of a convention once its layer is added to the shared one. */
  private record Table(
      long[] keys, int[] rowStart, byte[] tags, float[] weights, float[] transition,
      float[] start, float[] end) {

    /** The sum of two tables: rows of the same key add up, tag by tag. */
    Table plus(Table other) {
      long[] keys = new long[this.keys.length + other.keys.length];
      int[] rowStart = new int[keys.length + 1];
      byte[] tags = new byte[this.tags.length + other.tags.length];
      float[] weights = new float[tags.length];
      float[] row = new float[T];
      int a = 0;
      int b = 0;
      int rows = 0;
      int entries = 0;
      while (a < this.keys.length || b < other.keys.length) {
        long key;
        Arrays.fill(row, 0f);
        if (b == other.keys.length
            || (a < this.keys.length && this.keys[a] < other.keys[b])) {
          key = this.keys[a];
          addRow(this, a++, row);
        } else if (a == this.keys.length || other.keys[b] < this.keys[a]) {
          key = other.keys[b];
          addRow(other, b++, row);
        } else {
          key = this.keys[a];
          addRow(this, a++, row);
          addRow(other, b++, row);
        }
        int first = entries;
        for (int t = 0; t < T; t++) {
          if (row[t] != 0) {
            tags[entries] = (byte) t;
            weights[entries++] = row[t];
          }
        }
        if (entries > first) {
          keys[rows] = key;
          rowStart[++rows] = entries;
        }
      }
      return new Table(
          Arrays.copyOf(keys, rows), Arrays.copyOf(rowStart, rows + 1),
          Arrays.copyOf(tags, entries), Arrays.copyOf(weights, entries),
          sum(transition, other.transition), sum(start, other.start), sum(end, other.end));
    }

    private static void addRow(Table table, int r, float[] row) {
      for (int e = table.rowStart[r]; e < table.rowStart[r + 1]; e++) {
        row[table.tags[e]] += table.weights[e];
      }
    }

    private static float[] sum(float[] x, float[] y) {
      float[] result = x.clone();
      for (int i = 0; i < result.length; i++) {
        result[i] += y[i];
      }
      return result;
    }
  }

  private final Gazetteer gazetteer;
  private final Gazetteer seen;
  private final WordClusters clusters;
  private final List<String> conventions; // layer c + 1
  private final String defaultConvention; // null if none
  private final List<Table> layers; // 0: shared
  private final float scale;
  private final String convention; // the one this instance decodes in, or null
  // the decoding table: the shared layer plus the convention's
  private final LongIntMap rows;
  private final Table table;

  private NerModel(
      Gazetteer gazetteer, Gazetteer seen, WordClusters clusters, List<String> conventions,
      String defaultConvention, List<Table> layers, float scale, String convention) {
    this.gazetteer = gazetteer;
    this.seen = seen;
    this.clusters = clusters;
    this.conventions = List.copyOf(conventions);
    this.defaultConvention = defaultConvention;
    this.layers = List.copyOf(layers);
    this.scale = scale;
    this.convention = convention;
    int layer = convention == null ? 0 : conventions.indexOf(convention) + 1;
    this.table = layer == 0 ? layers.get(0) : layers.get(0).plus(layers.get(layer));
    this.rows = new LongIntMap(table.keys.length + 1);
    for (int r = 0; r < table.keys.length; r++) {
      rows.put(table.keys[r], r);
    }
  }

  /**
   * A model from dense weights {@code weights[f * T + t]} for the features with keys {@code
   * featureKeys[f]} in layers {@code featureLayers[f]} (0 shared, c + 1 convention c), keeping
   * only weights whose size is at least {@code minWeight} once rounded. Transitions, start and
   * end scores are given per layer, one after the other.
   */
  static NerModel fromDense(
      Gazetteer gazetteer, Gazetteer seen, WordClusters clusters, List<String> conventions,
      String defaultConvention, long[] featureKeys, byte[] featureLayers, float[] weights,
      float[] transition, float[] start, float[] end, float minWeight) {
    int layerCount = conventions.size() + 1;
    Integer[] order = new Integer[featureKeys.length];
    for (int f = 0; f < order.length; f++) {
      order[f] = f;
    }
    Arrays.sort(order, (a, b) -> {
      int byLayer = Byte.compare(featureLayers[a], featureLayers[b]);
      return byLayer != 0 ? byLayer : Long.compare(featureKeys[a], featureKeys[b]);
    });
    float scale = Fixed.scale(weights, transition, start, end);
    List<Table> layers = new ArrayList<>();
    int next = 0;
    for (int layer = 0; layer < layerCount; layer++) {
      long[] keys = new long[featureKeys.length];
      int[] rowStart = new int[featureKeys.length + 1];
      byte[] tags = new byte[1024];
      float[] values = new float[1024];
      int rowCount = 0;
      int entries = 0;
      for (; next < order.length && featureLayers[order[next]] == layer; next++) {
        int f = order[next];
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
      layers.add(new Table(
          Arrays.copyOf(keys, rowCount), Arrays.copyOf(rowStart, rowCount + 1),
          Arrays.copyOf(tags, entries), Arrays.copyOf(values, entries),
          Fixed.round(Arrays.copyOfRange(transition, layer * T * T, (layer + 1) * T * T), scale),
          Fixed.round(Arrays.copyOfRange(start, layer * T, (layer + 1) * T), scale),
          Fixed.round(Arrays.copyOfRange(end, layer * T, (layer + 1) * T), scale)));
    }
    return new NerModel(gazetteer, seen, clusters, conventions, defaultConvention, layers, scale,
        defaultConvention);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The names the training annotations hold, by type («عمران خان» as a person): a feature, like
   * the gazetteer, never an entity by itself.
   */
  public Gazetteer seen() {
    return seen;
  }

  public WordClusters clusters() {
    return clusters;
  }

  /** The annotation conventions the model was trained with, possibly none. */
  public List<String> conventions() {
    return conventions;
  }

  /** The convention this model decodes in, or null for the shared weights alone. */
  public String convention() {
    return convention;
  }

  /** The convention the model decodes in unless told otherwise, or null. */
  public String defaultConvention() {
    return defaultConvention;
  }

  /**
   * This model decoding in {@code name}'s convention: its shared weights plus that convention's.
   * A model trained without conventions has only shared weights and is returned as it is.
   *
   * @throws IllegalArgumentException if the model has conventions and none is so named
   */
  public NerModel inConvention(String name) {
    if (conventions.isEmpty() || name.equals(convention)) {
      return this;
    }
    if (!conventions.contains(name)) {
      throw new IllegalArgumentException("the named-entity model has no convention '" + name
          + "' (it has " + String.join(", ", conventions) + ")");
    }
    return new NerModel(gazetteer, seen, clusters, conventions, defaultConvention, layers, scale, name);
  }

  /** This model decoding with the shared weights alone, in no convention. */
  public NerModel shared() {
    return convention == null ? this
        : new NerModel(gazetteer, seen, clusters, conventions, defaultConvention, layers, scale, null);
  }

  /** The number of features with a weight, in the convention decoded. */
  public int features() {
    return table.keys.length;
  }

  /** The number of (feature, tag) weights in all layers. */
  public int weights() {
    return layers.stream().mapToInt(l -> l.weights.length).sum();
  }

  /** The best tags of {@code tokens}, one sentence. */
  public int[] tag(List<Token> tokens) {
    SentenceView sentence = new SentenceView(tokens, gazetteer, seen, clusters);
    return Viterbi.decode(
        emissions(sentence), sentence.size, table.transition, table.start, table.end, null);
  }

  /** The score of each tag at each token, {@code [i * T + t]}. */
  float[] emissions(SentenceView sentence) {
    float[] emission = new float[sentence.size * T];
    long[] features = new long[NerFeatures.MAX];
    int[] rowStart = table.rowStart;
    byte[] entryTag = table.tags;
    float[] entryWeight = table.weights;
    for (int i = 0; i < sentence.size; i++) {
      int count = NerFeatures.extract(sentence, i, features, null);
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
    seen.write(out);
    clusters.write(out);
    out.writeFloat(scale);
    out.writeInt(conventions.size());
    for (String name : conventions) {
      out.writeUTF(name);
    }
    out.writeUTF(defaultConvention == null ? "" : defaultConvention);
    for (Table layer : layers) {
      writeLayer(out, layer);
    }
    out.flush();
    gzip.finish();
  }

  private void writeLayer(DataOutput out, Table layer) throws IOException {
    Fixed.write(out, layer.transition, scale);
    Fixed.write(out, layer.start, scale);
    Fixed.write(out, layer.end, scale);
    out.writeInt(layer.keys.length);
    long previous = 0;
    for (int r = 0; r < layer.keys.length; r++) {
      out.writeLong(layer.keys[r] - previous);
      previous = layer.keys[r];
      out.writeByte(layer.rowStart[r + 1] - layer.rowStart[r]);
    }
    out.writeInt(layer.tags.length);
    out.write(layer.tags);
    Fixed.write(out, layer.weights, scale);
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

  /**
   * The word classes of a model file, whatever version of the features it was made for: a new
   * model can reuse the classes of an older one.
   */
  public static WordClusters readClusters(Path file) {
    try (InputStream stream = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(
          new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
      if (!MAGIC.equals(in.readUTF())) {
        throw corrupt(file.toString(), "not a Khabar named-entity model");
      }
      int format = in.readInt();
      int version = in.readInt();
      if (in.readInt() != T) {
        throw corrupt(file.toString(), "made for other tags");
      }
      for (int t = 0; t < T; t++) {
        in.readUTF();
      }
      Gazetteer.read(in);
      if (format > 1 && version > 2) {
        Gazetteer.read(in);
      }
      return WordClusters.read(in);
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
            + ", features " + features + ")");
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
      Gazetteer seen = Gazetteer.read(in);
      WordClusters clusters = WordClusters.read(in);
      float scale = in.readFloat();
      if (!(scale > 0) || Float.isInfinite(scale)) {
        throw corrupt(name, "bad weight scale " + scale);
      }
      int conventionCount = in.readInt();
      if (conventionCount < 0 || conventionCount > 64) {
        throw corrupt(name, "bad number of conventions " + conventionCount);
      }
      List<String> conventions = new ArrayList<>();
      for (int c = 0; c < conventionCount; c++) {
        conventions.add(in.readUTF());
      }
      String defaultConvention = in.readUTF();
      if (defaultConvention.isEmpty()) {
        defaultConvention = null;
      } else if (!conventions.contains(defaultConvention)) {
        throw corrupt(name, "unknown default convention " + defaultConvention);
      }
      List<Table> layers = new ArrayList<>();
      for (int layer = 0; layer <= conventionCount; layer++) {
        layers.add(readLayer(in, name, scale));
      }
      if (in.read() != -1) {
        throw corrupt(name, "trailing data");
      }
      return new NerModel(gazetteer, seen, clusters, conventions, defaultConvention, layers, scale,
          defaultConvention);
    } catch (EOFException | ZipException | UTFDataFormatException e) {
      throw corrupt(name, "truncated or damaged (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new NerModelException("cannot read the named-entity model " + name + ": " + e, e);
    }
  }

  private static Table readLayer(DataInput in, String name, float scale) throws IOException {
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
      if (r > 0 && keys[r] <= keys[r - 1]) {
        throw corrupt(name, "feature rows out of order");
      }
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
    return new Table(keys, rowStart, tags, weights, transition, start, end);
  }

  private static NerModelException corrupt(String name, String why) {
    return new NerModelException(
        "the named-entity model " + name + " is corrupt: " + why
            + "; rebuild it with 'khabar train ner'");
  }

  private static volatile NerModel builtIn;

  /**
   * The model that ships with Khabar, loaded on first use and decoding in its default
   * convention; fails with a {@link NerModelException} (every time it is asked) if the build
   * lacks it or it is damaged.
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
