package org.khabar.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArrayMap;
import org.khabar.normalize.UrduNormalizer;

/**
 * Words that Urdu writers write both joined and spaced: {@code کہاکہ / کہا کہ}, {@code ہوگئے / ہو
 * گئے}, {@code کردیا / کر دیا}, {@code وزیراعظم / وزیر اعظم}. Most end their first part in a letter
 * that does not join the next one (ا د ذ ر ز و ے ...), so the space is invisible on the page and
 * writers leave it out or put it in at will.
 *
 * <p>A list is read from lines of the spaced form (the parts separated by single spaces),
 * optionally followed by a tab and the joined form, when that is not just the parts run together:
 * a final {@code ے} or {@code ں} takes its medial shape {@code ی} or {@code ن} inside a word, so
 * {@code کرے گی} is joined as {@code کریگی} and {@code کریں گے} as {@code کرینگے}. Anything after
 * a further tab or after {@code #} is ignored. Entries are normalized when read. The list that
 * ships, {@value #DEFAULT_RESOURCE}, is learned from news text by {@code khabar train
 * joined-words}.
 */
public final class JoinedWords {

  /** The resource, beside this class, that holds the default list. */
  public static final String DEFAULT_RESOURCE = "joined-words.txt";

  private final CharArrayMap<String[]> parts;

  private JoinedWords(CharArrayMap<String[]> parts) {
    this.parts = CharArrayMap.unmodifiableMap(parts);
  }

  /** The list that ships with Khabar. */
  public static JoinedWords defaultList() {
    return DefaultHolder.DEFAULT;
  }

  /** Reads a list of spaced forms, one a line. */
  public static JoinedWords read(Reader reader) throws IOException {
    CharArrayMap<String[]> parts = new CharArrayMap<>(256, false);
    BufferedReader lines = new BufferedReader(reader);
    String line;
    while ((line = lines.readLine()) != null) {
      int hash = line.indexOf('#');
      String[] fields = (hash >= 0 ? line.substring(0, hash) : line).split("\t");
      String[] words = UrduNormalizer.normalizeWord(fields[0]).strip().split("\\s+");
      if (words.length < 2) {
        continue;
      }
      String joined =
          fields.length > 1 && !fields[1].isBlank() && !Character.isDigit(fields[1].charAt(0))
              ? UrduNormalizer.normalizeWord(fields[1].strip())
              : String.join("", words);
      parts.put(joined, words);
    }
    return new JoinedWords(parts);
  }

  /** The parts of the joined word {@code buffer[offset, offset + length)}, or null. */
  public String[] partsOf(char[] buffer, int offset, int length) {
    return parts.get(buffer, offset, length);
  }

  /** The parts of {@code joined}, or null. */
  public String[] partsOf(CharSequence joined) {
    return parts.get(joined);
  }

  public int size() {
    return parts.size();
  }

  private static final class DefaultHolder {
    static final JoinedWords DEFAULT = load();

    private static JoinedWords load() {
      try (InputStream in = JoinedWords.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }
}
