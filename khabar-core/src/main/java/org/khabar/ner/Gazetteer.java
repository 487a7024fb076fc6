package org.khabar.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.UrduTokenizer;

/**
 * Lists of names by category (places, persons, organisations, number words...), matched over
 * the words of a sentence to give the model features, never entities: «شام» is in the place
 * list, and the model still learns that in «شام کو» (in the evening) it is no place.
 *
 * <p>For each category, the longest listed phrase wins, left to right, and each token gets its
 * position in the match: in «ولادی میر پوتین نے» a person list holding «ولادی میر پوتین» gives
 * B, I, L and nothing. Entries are tokenized and normalized like text, so «ولادیمیر» and
 * «ولادی میر» are different entries, and «ريو» matches «ریو».
 */
public final class Gazetteer {

  /** At most this many categories, so that a token's matches fit in one int. */
  public static final int MAX_CATEGORIES = 10;

  static final int NONE = 0;

  private final List<String> categories;
  private final List<TreeSet<String>> entries;
  private final LongIntMap phrases; // phrase hash -> bit set of categories
  private final LongIntMap prefixes; // hash of every proper prefix of a phrase
  private final int longest;

  private Gazetteer(List<String> categories, List<TreeSet<String>> entries) {
    this.categories = List.copyOf(categories);
    this.entries = entries;
    int count = entries.stream().mapToInt(TreeSet::size).sum();
    this.phrases = new LongIntMap(count + 1);
    this.prefixes = new LongIntMap(count + 1);
    int max = 0;
    for (int c = 0; c < entries.size(); c++) {
      for (String entry : entries.get(c)) {
        String[] words = entry.split(" ");
        max = Math.max(max, words.length);
        long hash = Hashing.SEED;
        for (int w = 0; w < words.length; w++) {
          hash = Hashing.mix(hash, Hashing.of(words[w]));
          if (w < words.length - 1) {
            prefixes.put(hash, 1);
          }
        }
        int bits = Math.max(0, phrases.get(hash));
        phrases.put(hash, bits | (1 << c));
      }
    }
    this.longest = max;
  }

  /** A gazetteer with no categories. */
  public static Gazetteer empty() {
    return new Gazetteer(List.of(), List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> categories() {
    return categories;
  }

  /** The normalized entries of category {@code index}, words joined by one space. */
  public TreeSet<String> entries(int index) {
    return entries.get(index);
  }

  /**
   * The matches of each token: for category {@code c}, bits {@code [3c, 3c + 3)} of {@code
   * codes[i]} hold 0 (no match) or 1 + the token's BILOU position in the match.
   */
  int[] match(long[] wordHashes, int count) {
    int[] codes = new int[count];
    if (categories.isEmpty()) {
      return codes;
    }
    int[] coveredUntil = new int[categories.size()];
    int[] longestEnd = new int[categories.size()];
    for (int i = 0; i < count; i++) {
      java.util.Arrays.fill(longestEnd, -1);
      long hash = Hashing.SEED;
      for (int j = i; j < count && j - i < longest; j++) {
        hash = Hashing.mix(hash, wordHashes[j]);
        int bits = phrases.get(hash);
        if (bits > 0) {
          for (int c = 0; c < categories.size(); c++) {
            if ((bits & (1 << c)) != 0) {
              longestEnd[c] = j + 1;
            }
          }
        }
        if (prefixes.get(hash) < 0) {
          break;
        }
      }
      for (int c = 0; c < categories.size(); c++) {
        if (longestEnd[c] > 0 && coveredUntil[c] <= i) {
          mark(codes, c, i, longestEnd[c]);
          coveredUntil[c] = longestEnd[c];
        }
      }
    }
    return codes;
  }

  private static void mark(int[] codes, int category, int start, int end) {
    for (int k = start; k < end; k++) {
      int position;
      if (end - start == 1) {
        position = TagSet.U;
      } else if (k == start) {
        position = TagSet.B;
      } else if (k == end - 1) {
        position = TagSet.L;
      } else {
        position = TagSet.I;
      }
      codes[k] |= (1 + position) << (3 * category);
    }
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(categories.size());
    for (int c = 0; c < categories.size(); c++) {
      out.writeUTF(categories.get(c));
      out.writeInt(entries.get(c).size());
      for (String entry : entries.get(c)) {
        out.writeUTF(entry);
      }
    }
  }

  static Gazetteer read(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_CATEGORIES) {
      throw new IOException("bad number of gazetteer categories: " + count);
    }
    List<String> names = new ArrayList<>();
    List<TreeSet<String>> lists = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      names.add(in.readUTF());
      int size = in.readInt();
      if (size < 0) {
        throw new IOException("bad gazetteer size: " + size);
      }
      TreeSet<String> list = new TreeSet<>();
      for (int k = 0; k < size; k++) {
        list.add(in.readUTF());
      }
      lists.add(list);
    }
    return new Gazetteer(names, lists);
  }

  /** Collects entries by category, normalizing and tokenizing each as the tagger will. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<TreeSet<String>> lists = new ArrayList<>();

    /** Adds {@code phrase} to {@code category}; blank phrases and ones of no letters are skipped. */
    public Builder add(String category, String phrase) {
      int index = names.indexOf(category);
      if (index < 0) {
        if (names.size() == MAX_CATEGORIES) {
          throw new IllegalArgumentException("more than " + MAX_CATEGORIES + " categories");
        }
        names.add(category);
        lists.add(new TreeSet<>());
        index = names.size() - 1;
      }
      String key = key(phrase);
      if (!key.isEmpty()) {
        lists.get(index).add(key);
      }
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(names, lists);
    }

    /**
     * The phrase as the tagger sees it: its token norms joined by one space, its words as
     * written, as the model learnt from them ({@link UrduTokenizer#tokenizeAsWritten}).
     */
    static String key(String phrase) {
      StringBuilder key = new StringBuilder();
      for (Token token : UrduTokenizer.tokenizeAsWritten(UrduNormalizer.normalize(phrase))) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(token.norm());
      }
      return key.toString();
    }
  }
}
