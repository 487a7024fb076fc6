package org.khabar.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Classes of words that keep the same company, learnt from raw Urdu text by {@link
 * ExchangeClustering}: each word has the class of the words it is followed by alike, and the
 * class of the words it is preceded by alike. Names the training sets never tagged share a class
 * with names they did: «شوئیگو» and «روحانی» are both followed by «نے», «کا», «کی».
 */
public final class WordClusters {

  /** The class of a word not seen often enough to have one. */
  public static final int UNKNOWN = -1;

  private final String[] words; // sorted
  private final short[] right;
  private final short[] left;
  private final LongIntMap index;

  /**
   * @param words the words, sorted
   * @param right the class of each word by what follows it
   * @param left the class of each word by what precedes it
   */
  WordClusters(String[] words, short[] right, short[] left) {
    this.words = words;
    this.right = right;
    this.left = left;
    this.index = new LongIntMap(words.length + 1);
    for (int i = 0; i < words.length; i++) {
      index.put(Hashing.of(words[i]), i);
    }
  }

  public static WordClusters empty() {
    return new WordClusters(new String[0], new short[0], new short[0]);
  }

  public int size() {
    return words.length;
  }

  /** The class of the word with hash {@code wordHash} by what follows it, or {@link #UNKNOWN}. */
  int rightClass(long wordHash) {
    int i = index.get(wordHash);
    return i < 0 ? UNKNOWN : right[i];
  }

  /** The class of the word with hash {@code wordHash} by what precedes it, or {@link #UNKNOWN}. */
  int leftClass(long wordHash) {
    int i = index.get(wordHash);
    return i < 0 ? UNKNOWN : left[i];
  }

  /** The class of {@code word} by what follows it, or {@link #UNKNOWN}. */
  public int rightClassOf(String word) {
    return rightClass(Hashing.of(word));
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(words.length);
    for (int i = 0; i < words.length; i++) {
      out.writeUTF(words[i]);
      out.writeShort(right[i]);
      out.writeShort(left[i]);
    }
  }

  static WordClusters read(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("bad number of clustered words: " + count);
    }
    String[] words = new String[count];
    short[] right = new short[count];
    short[] left = new short[count];
    for (int i = 0; i < count; i++) {
      words[i] = in.readUTF();
      right[i] = in.readShort();
      left[i] = in.readShort();
    }
    return new WordClusters(words, right, left);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WordClusters clusters
        && Arrays.equals(words, clusters.words)
        && Arrays.equals(right, clusters.right)
        && Arrays.equals(left, clusters.left);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}
