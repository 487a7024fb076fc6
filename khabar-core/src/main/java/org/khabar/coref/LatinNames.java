package org.khabar.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.normalize.UrduNormalizer;

/**
 * Latin-script names for Urdu names: first a hand-written list of the name words and places of
 * Pakistani news (محمد → Muhammad, کوئٹہ → Quetta, عطا اللہ → Atta Ullah), then the list derived
 * from Wikidata's English and Urdu labels (تہران → Tehran, ایران → Iran), matched exactly or,
 * for keys of four letters or more,
 * by {@link NameKey} so that spelling variants find it; else the rule-based {@link UrduLatin} romanization (پوتین → Putin).
 *
 * <p>The list is the resource {@code org/khabar/lexicon/latin-names.tsv}, rebuilt by {@code
 * ./khabar train latin-names}: one {@code urdu<TAB>latin} pair a line, {@code #} comments.
 */
public final class LatinNames {

  private static final String RESOURCE = "/org/khabar/lexicon/latin-names.tsv";

  /** Hand-written name words and places, read before the Wikidata list. */
  private static final String WORDS_RESOURCE = "/org/khabar/lexicon/latin-words.tsv";

  private static final LatinNames DEFAULT = load();

  /**
   * Endings of place names that Urdu writes apart and English joins: «اسلام آباد» Islamabad,
   * «بہاول پور» Bahawalpur, «مظفر گڑھ» Muzaffargarh, «سری نگر» Srinagar.
   */
  private static final Set<String> PLACE_ENDINGS = Set.of("آباد", "پور", "گڑھ", "نگر");

  /** Keys shorter than this match only exactly: پوتین (پتن) must not find پٹنہ (Patna). */
  static final int MIN_KEY = 4;

  private final Map<String, String> byKey;
  private final Map<String, String> exact;
  private final Map<String, String> nameWords;

  LatinNames(Map<String, String> byKey, Map<String, String> exact) {
    this(byKey, exact, Map.of());
  }

  LatinNames(Map<String, String> byKey, Map<String, String> exact, Map<String, String> nameWords) {
    this.byKey = byKey;
    this.exact = exact;
    this.nameWords = nameWords;
  }

  /** The names shipped with Khabar. */
  public static LatinNames standard() {
    return DEFAULT;
  }

  private static LatinNames load() {
    try (InputStream in = LatinNames.class.getResourceAsStream(RESOURCE);
        InputStream words = LatinNames.class.getResourceAsStream(WORDS_RESOURCE)) {
      LatinNames names = in == null ? new LatinNames(Map.of(), Map.of()) : read(in);
      return words == null ? names
          : new LatinNames(names.byKey, names.exact, read(words).exact);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads {@code urdu<TAB>latin} lines; the first pair for a key wins. */
  public static LatinNames read(InputStream in) throws IOException {
    Map<String, String> map = new HashMap<>();
    Map<String, String> exact = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String urdu = UrduNormalizer.normalizeWord(line.substring(0, tab)).strip();
      String latin = line.substring(tab + 1).strip();
      exact.putIfAbsent(urdu, latin);
      String key = NameKey.of(urdu);
      if (key.length() >= MIN_KEY) {
        map.putIfAbsent(key, latin);
      }
    }
    return new LatinNames(map, exact);
  }

  /** The known Latin name of {@code urdu}, if the list has it. */
  public Optional<String> known(String urdu) {
    String normalized = withoutBrackets(UrduNormalizer.normalizeWord(urdu));
    String word = nameWords.get(normalized);
    if (word != null) {
      return Optional.of(word);
    }
    String exactly = exact.get(normalized);
    return Optional.ofNullable(exactly != null ? exactly : byKey.get(NameKey.of(urdu)));
  }

  /** A party's faction letter is looked up without its brackets: «مسلم لیگ (ن)» is PML-N. */
  private static String withoutBrackets(String name) {
    return name.indexOf('(') < 0 && name.indexOf(')') < 0 ? name.strip()
        : name.replaceAll("[()]", " ").strip().replaceAll("\\s+", " ");
  }

  /**
   * The known Latin name, else the name word by word, each known word as the list has it and the
   * others romanized ({@code پاکستان کرکٹ بورڈ} → Pakistan Cricket Burad, not Pakstan Karkat
   * Burad; a run of letter names is the acronym it spells, «پی ٹی آئی» → PTI); empty only for a
   * name with no letters. Words are looked up exactly, never by key: a
   * single word's skeleton finds too many strangers.
   */
  public String latin(String urdu) {
    Optional<String> whole = known(urdu);
    if (whole.isPresent()) {
      return whole.get();
    }
    StringBuilder out = new StringBuilder();
    String[] words = UrduNormalizer.normalizeWord(urdu).strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      int run = UrduLatin.letterRunEnd(words, i);
      String word = words[i];
      String latin;
      String pair = i + 1 < words.length ? nameWords.get(words[i] + " " + words[i + 1]) : null;
      if (pair != null) { // ولادی میر پوتین → Vladimir Putin
        latin = out.length() > 0 ? pair : capitalized(pair);
        i++;
      } else if (run - i >= 2) { // پی ٹی آئی → PTI
        latin = UrduLatin.transliterate(String.join(" ", List.of(words).subList(i, run)));
        i = run - 1;
      } else {
        String written = nameWords.get(words[i]);
        if (written == null && !exact.containsKey(words[i])) {
          written = joinedNameWords(words[i]);
        }
        String known = written != null ? written : exact.get(words[i]);
        // the hand-written list's small words stay small inside a name: "Election Commission of
        // Pakistan"; Wikidata's labels of common words are capitalised as names
        boolean asWritten = written != null && out.length() > 0;
        latin = known != null && !known.isEmpty()
            ? (asWritten ? known : capitalized(known))
            : UrduLatin.transliterate(words[i]);
      }
      if (!latin.isEmpty()) {
        boolean joined = out.length() > 0 && PLACE_ENDINGS.contains(word);
        out.append(joined ? latin.toLowerCase(Locale.ROOT) : (out.length() > 0 ? " " : "") + latin);
      }
    }
    return out.toString();
  }

  /**
   * Two name words of the hand-written list written joined, as the press often writes names
   * («شہبازشریف» → Shehbaz Sharif, «مصباحالحق» → Misbah ul Haq, «عبدالرحمان» → Abdur Rehman),
   * else «عبدال» and any name («عبدالقدیر» → Abdul Qadir), or null. Each part must have at least
   * {@value #MIN_JOINED_PART} letters.
   */
  private String joinedNameWords(String word) {
    for (int cut = MIN_JOINED_PART; cut <= word.length() - MIN_JOINED_PART; cut++) {
      String first = nameWords.get(word.substring(0, cut));
      String second = first == null ? null : nameWords.get(word.substring(cut));
      if (second != null) {
        // «عبد» + «الرحمان»: Abdul and ur Rehman make Abdur Rehman
        return first.endsWith("ul") && second.startsWith("ur ")
            ? first.substring(0, first.length() - 2) + second
            : first + " " + second;
      }
    }
    if (word.startsWith(ABDUL) && word.length() - ABDUL.length() >= MIN_JOINED_PART) {
      String rest = word.substring(ABDUL.length()); // «عبدالقدیر»: Abdul Qadir, not Abdalqdir
      return "Abdul " + (exact.containsKey(rest) ? exact.get(rest)
          : UrduLatin.transliterate(rest)); // capitalised already
    }
    return null;
  }

  /** «عبدال», the servant of, which begins many names joined to the rest. */
  private static final String ABDUL = "عبدال";

  private static final int MIN_JOINED_PART = 3;

  private static String capitalized(String latin) {
    return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
  }

  public int size() {
    return byKey.size();
  }
}
