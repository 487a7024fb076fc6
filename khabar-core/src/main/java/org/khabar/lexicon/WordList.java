package org.khabar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.khabar.normalize.UrduNormalizer;

/**
 * A list of words or phrases shipped as a resource: one per line, {@code #} starts a comment.
 * Entries are normalized when loaded, so the list matches normalized tokens whatever spelling
 * variants it was written with.
 */
public final class WordList {

  private final String name;
  private final Set<String> entries;
  private final int longestPhrase;

  private WordList(String name, Set<String> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableSet(entries);
    int longest = 0;
    for (String entry : entries) {
      longest = Math.max(longest, entry.split(" ").length);
    }
    this.longestPhrase = longest;
  }

  /** Loads the resource {@code /org/khabar/lexicon/NAME.txt}. */
  public static WordList load(String name) {
    String resource = "/org/khabar/lexicon/" + name + ".txt";
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + resource + " (a broken build?)");
      }
      return read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }

  /** Reads a word list from {@code in}. */
  public static WordList read(String name, InputStream in) throws IOException {
    Set<String> entries = new HashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!entry.isEmpty()) {
        entries.add(String.join(" ", UrduNormalizer.normalizeWord(entry).split("\\s+")));
      }
    }
    return new WordList(name, entries);
  }

  public String name() {
    return name;
  }

  /** True if the normalized word or phrase (words joined by one space) is in the list. */
  public boolean contains(String normalizedPhrase) {
    return entries.contains(normalizedPhrase);
  }

  public int size() {
    return entries.size();
  }

  /** The number of words in the longest entry. */
  public int longestPhrase() {
    return longestPhrase;
  }

  public Set<String> entries() {
    return entries;
  }
}
