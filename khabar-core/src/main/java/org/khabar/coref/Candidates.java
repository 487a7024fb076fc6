package org.khabar.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.dateline.Dateline;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;
import org.khabar.quote.Attribution;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/**
 * The mentions of a report before clustering, read from the entity layer, the dateline and the
 * speakers' words, so that the statistical model's slips do not break them:
 *
 * <ul>
 *   <li>Touching ORGANIZATION entities are one name ({@code شامی} + {@code فوج} is شامی فوج), and
 *       so are touching PERSON entities ({@code ولادی میر} + {@code پوتین} is ولادی میر پوتین),
 *       unless the first is named alone elsewhere in the report and the two are not a speaker's
 *       words: in run-together headlines ({@code ... طمانچہ ہے: محمود عباس ٹرمپ کا حل}, with
 *       {@code صدر محمود عباس نے} later) they stay two people.
 *   <li>A PERSON entity that is all title is a title mention: «وزیر اعظم» نے کہا. One that
 *       starts with a title, after at most a nationality (پاکستانی اداکار فواد خان), keeps only
 *       the name (صدر حسن روحانی → حسن روحانی، title صدر), and a
 *       title or function word left at its end is dropped (ریوین ایولین ترجمان → ریوین ایولین).
 *   <li>A person's title is the title phrase right before it, with its owner and nationality
 *       ({@code ایران کے صدر} حسن روحانی، {@code امریکی وزیر خارجہ} کونڈولیزا رائس), found by
 *       {@link Titles} or, for titles the list lacks, from the DESIGNATION entities there; a
 *       function word ends it ({@code ہوئے وزیر اعظم} → وزیر اعظم). The place or organisation
 *       of an office after its title belongs to the title ({@code وزیراعلیٰ پنجاب} شہباز شریف،
 *       {@code چیئرمین پی سی بی} رمیز راجہ).
 *   <li>A speaker phrase that is a title before an ORGANIZATION or LOCATION entity is a title
 *       mention, the one who holds the post there: {@code ترجمان دفتر خارجہ} (the Foreign
 *       Office's spokesperson) is no office speaking, {@code وزیراعلیٰ پنجاب} (the Chief Minister
 *       of Punjab) no province.
 *   <li>A speaker phrase with a PERSON or ORGANIZATION entity at its end is that entity; one with
 *       a place only at its start is its own noun phrase ({@code ایران کے سرکاری میڈیا}); one that
 *       ends in a title (or a DESIGNATION entity) is a title mention ({@code ایشین گیمز کے ایک
 *       ترجمان}).
 *   <li>A mention is a subject if نے follows it ({@code شوکت عزیز نے}), or a held noun after its
 *       genitive ({@code ڈان پلیش کا خیال ہے}), or it names a speaker.
 * </ul>
 */
final class Candidates {

  /** Nouns that make their genitive holder a subject: X کا کہنا، X کا خیال. */
  private static final Set<String> HELD =
      Set.of("کہنا", "خیال", "موقف", "دعوی", "اصرار", "الزام", "مطالبہ", "بیان", "کہنے", "مزید");

  /** Case markers and conjunctions that end no name (an entity that ends in one took too much). */
  private static final Set<String> CASE_MARKERS =
      Set.of("کے", "کی", "کا", "نے", "کو", "سے", "میں", "پر", "اور", "تک");

  private static final WordList PLACES = WordList.load("places");

  private final Document document;
  private final String text;
  private final List<Token> tokens;
  private final String[] norms;
  private final Map<Integer, Integer> tokenStarting = new HashMap<>();
  private final Map<Integer, Integer> tokenEnding = new HashMap<>();
  private final List<Entity> entities;

  Candidates(Document document) {
    this.document = document;
    this.text = document.text();
    this.tokens = document.get(Token.LAYER);
    this.entities = document.get(Entity.LAYER);
    this.norms = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      norms[i] = tokens.get(i).norm();
      tokenStarting.put(tokens.get(i).start(), i);
      tokenEnding.put(tokens.get(i).end(), i);
    }
  }

  /** A name entity, touching pieces of one type joined. */
  private record Named(int start, int end, EntityType type) {}

  List<Candidate> all() {
    List<Candidate> list = new ArrayList<>();
    List<Named> names = names();
    Map<Long, Integer> byName = new HashMap<>();
    for (Named n : names) {
      Candidate c = fromEntity(n);
      if (c != null) {
        byName.put(EntityClusters.spanKey(n.start(), n.end()), list.size());
        list.add(c);
      }
    }
    for (Dateline d : document.get(Dateline.LAYER)) {
      if (!d.hasPlace()) {
        continue;
      }
      boolean covered = names.stream().anyMatch(e -> e.type() == EntityType.LOCATION
          && e.start() < d.placeEnd() && d.placeStart() < e.end());
      if (!covered) {
        list.add(new Candidate(d.placeStart(), d.placeEnd(), Mention.Kind.DATELINE,
            EntityType.LOCATION, d.place(), null, null, 0, false, false, Set.of()));
      }
    }
    Set<Long> seen = new HashSet<>();
    for (Attribution a : document.get(Attribution.LAYER)) {
      if (a.speakerKind() != Attribution.SpeakerKind.PHRASE) {
        continue;
      }
      long key = EntityClusters.spanKey(a.speakerStart(), a.speakerEnd());
      if (!seen.add(key)) {
        continue;
      }
      Named named = null;
      Named place = null;
      for (Named n : names) {
        if (n.end() == a.speakerEnd() && n.start() < a.speakerEnd()) {
          if (n.type() == EntityType.PERSON || n.type() == EntityType.ORGANIZATION) {
            named = n;
          } else if (n.type() == EntityType.LOCATION) {
            place = n;
          }
        }
      }
      Named office = named != null ? named : place;
      if (office != null && office.type() != EntityType.PERSON
          && office.start() > a.speakerStart()) {
        String[] title = normsWithin(a.speakerStart(), office.start()).toArray(String[]::new);
        if (title.length > 0 && Titles.split(title)[0] == title.length) {
          list.add(Candidate.title(a.speakerStart(), a.speakerEnd(),
              String.join(" ", normsWithin(a.speakerStart(), a.speakerEnd())),
              Titles.head(title), null, key, true));
          continue;
        }
      }
      Integer at = named == null ? null : byName.get(EntityClusters.spanKey(named.start(), named.end()));
      if (at != null) {
        list.set(at, list.get(at).speaking(key, named.start() > a.speakerStart()));
        continue;
      }
      list.add(phrase(a.speakerStart(), a.speakerEnd(), key));
    }
    list.replaceAll(this::withAffiliations);
    list.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return list;
  }

  /**
   * The candidate with the affiliations of its title: the places it names or qualifies ({@link
   * Matcher#countries}) and the keys of the ORGANIZATION and LOCATION entities in the title's
   * words (written before the name, or the whole mention if it is all title).
   */
  private Candidate withAffiliations(Candidate c) {
    if (c.title() == null) {
      return c;
    }
    Set<String> keys = new HashSet<>(Matcher.countries(c.title(), c.titleHead()));
    int titleEnd = c.titleOnly() ? c.end() : c.start();
    int titleStart = c.titleOnly() ? c.start() : Math.max(0, c.start() - c.title().length() - 1);
    for (Entity e : entities) {
      if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION)
          && e.start() >= titleStart && e.end() <= titleEnd) {
        String key = NameKey.of(text.substring(e.start(), e.end()));
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    return c.withAffiliations(keys);
  }

  /** The PERSON, ORGANIZATION and LOCATION entities, touching persons or organisations joined. */
  private List<Named> names() {
    List<Named> names = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION
          && e.type() != EntityType.LOCATION) {
        continue;
      }
      Named last = names.isEmpty() ? null : names.get(names.size() - 1);
      if (last != null && last.type() == e.type() && e.type() != EntityType.LOCATION
          && text.substring(last.end(), e.start()).isBlank()
          && (e.type() == EntityType.ORGANIZATION || inSpeakerPhrase(last.start(), e.end())
              || !standsAlone(last.start(), last.end(), e.start(), e.end()))) {
        names.set(names.size() - 1, new Named(last.start(), e.end(), e.type()));
      } else {
        names.add(new Named(e.start(), e.end(), e.type()));
      }
    }
    return names;
  }

  /**
   * True if the words of the first piece {@code [aStart, aEnd)} appear elsewhere in the report
   * without the second piece {@code [bStart, bEnd)} after them: then the two are two people
   * (محمود عباس ... ٹرمپ, with محمود عباس named alone later), else one name the model split
   * (ولادی میر + پوتین).
   */
  private boolean standsAlone(int aStart, int aEnd, int bStart, int bEnd) {
    String a = text.substring(aStart, aEnd);
    String b = text.substring(bStart, bEnd);
    for (int at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
      if (at == aStart) {
        continue;
      }
      if (!text.substring(at + a.length()).stripLeading().startsWith(b)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code [start, end)} lies in the words that name a speaker. */
  private boolean inSpeakerPhrase(int start, int end) {
    for (Attribution a : document.get(Attribution.LAYER)) {
      if (a.speakerKind() == Attribution.SpeakerKind.PHRASE && a.speakerStart() <= start
          && end <= a.speakerEnd()) {
        return true;
      }
    }
    return false;
  }

  private Candidate fromEntity(Named n) {
    Integer first = tokenStarting.get(n.start());
    Integer lastToken = tokenEnding.get(n.end());
    boolean subject = subjectAfter(n.end());
    if (n.type() != EntityType.PERSON || first == null || lastToken == null) {
      return Candidate.name(n.start(), n.end(), text.substring(n.start(), n.end()), n.type(), null,
          null, subject);
    }
    int to = lastToken + 1;
    String[] words = Arrays.copyOfRange(norms, first, to);
    int[] split = Titles.split(words, 0);
    if (split[0] == 0 && words.length >= 2 && Matcher.place(words[0]) != null) {
      split = Titles.split(words, 1); // پاکستانی اداکار فواد خان, all one entity
    }
    String[] before = titleBefore(first);
    if (split[0] >= words.length) {
      String title = before == null ? text.substring(n.start(), n.end())
          : text.substring(startOf(before), n.end());
      String head = String.join(" ", Arrays.copyOfRange(words, split[1], split[2]));
      return Candidate.title(n.start(), n.end(), title, head, EntityType.PERSON, 0, subject);
    }
    int nameFrom = first + split[0];
    int nameTo = to;
    while (nameTo - nameFrom > 1 && (Titles.isTrailingTitle(norms[nameTo - 1])
        || CASE_MARKERS.contains(norms[nameTo - 1]))) {
      nameTo--;
    }
    if (CASE_MARKERS.contains(norms[nameTo - 1])) {
      return null;
    }
    String name = text.substring(tokens.get(nameFrom).start(), tokens.get(nameTo - 1).end());
    String title = null;
    String head = null;
    if (split[0] > 0) {
      String[] whole = titleBefore(nameFrom); // the title in the entity with its owner before it
      title = whole != null ? whole[0]
          : text.substring(tokens.get(first).start(), tokens.get(nameFrom - 1).end());
      head = whole != null ? whole[1] : String.join(" ", Arrays.copyOfRange(words, split[1], split[2]));
    } else if (before != null) {
      title = before[0];
      head = before[1];
    }
    return Candidate.name(n.start(), n.end(), name, n.type(), title, head, subject);
  }

  private static int startOf(String[] titleBefore) {
    return Integer.parseInt(titleBefore[2]);
  }

  /**
   * Where the place or organisation of an office starts in the words {@code [start, first)}
   * ({@code tail}), after its title: {@code وزیراعلیٰ | پنجاب} (شہباز شریف), {@code چیئرمین | پی
   * سی بی} (رمیز راجہ); -1 if the words do not end in one. The owner is a listed place of one
   * word or a LOCATION or ORGANIZATION entity ending the words; the words before it must still
   * be all title.
   */
  private int officeOwner(int start, int first, String[] tail) {
    if (tail.length < 2) {
      return -1;
    }
    int owner = PLACES.contains(tail[tail.length - 1]) ? tail.length - 1 : -1;
    int end = tokens.get(first - 1).end();
    for (Entity e : entities) {
      Integer from = tokenStarting.get(e.start());
      if (owner < 0 && (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION)
          && e.end() == end && from != null && from > start) {
        owner = from - start;
      }
    }
    return owner;
  }

  /**
   * The title phrase right before token {@code first}: {@code {text, head, startOffset}}, or null.
   * The longest run of words that {@link Titles} reads as all title and that holds no function
   * word; else a run of DESIGNATION entities touching it.
   */
  private String[] titleBefore(int first) {
    if (first <= 0) {
      return null;
    }
    int from = first;
    while (from > 0 && first - from < 8 && tokens.get(from - 1).isWord()) {
      from--;
    }
    for (int start = from; start < first; start++) {
      String[] tail = Arrays.copyOfRange(norms, start, first);
      int[] split = Titles.split(tail);
      int titleEnd = tail.length; // the words before the office's owner, if any
      if (split[0] != tail.length) {
        int owner = officeOwner(start, first, tail);
        int[] ownerSplit = owner > 0 ? Titles.split(Arrays.copyOf(tail, owner)) : null;
        if (ownerSplit != null && ownerSplit[0] == owner) {
          split = new int[] {tail.length, ownerSplit[1], ownerSplit[2]};
          titleEnd = owner;
        }
      }
      if (split[0] == tail.length && Titles.plausible(tail, 0, titleEnd)
          && !nameWithoutGenitive(start, first)) {
        return new String[] {
          text.substring(tokens.get(start).start(), tokens.get(first - 1).end()),
          String.join(" ", Arrays.copyOfRange(tail, split[1], split[2])),
          Integer.toString(tokens.get(start).start())
        };
      }
    }
    int runStart = -1;
    int runEnd = tokens.get(first).start();
    Entity lastDesignation = null;
    for (int k = entities.size() - 1; k >= 0; k--) {
      Entity e = entities.get(k);
      if (e.end() > runEnd) {
        continue;
      }
      if (e.type() != EntityType.DESIGNATION || !text.substring(e.end(), runEnd).isBlank()) {
        break;
      }
      if (lastDesignation == null) {
        lastDesignation = e;
      }
      runStart = e.start();
      runEnd = e.start();
    }
    if (lastDesignation == null || !text.substring(runStart, lastDesignation.end())
        .chars().allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c)
            || Character.getType(c) == Character.NON_SPACING_MARK)) {
      return null;
    }
    return new String[] {
      text.substring(runStart, lastDesignation.end()),
      String.join(" ", normsWithin(lastDesignation.start(), lastDesignation.end())),
      Integer.toString(runStart)
    };
  }

  /**
   * True if token {@code start} begins or lies inside a name entity that no genitive follows
   * before token {@code first}: a place or person there is no part of the title (in {@code
   * ایران اور روس شامی صدر بشارالاسد} the title is شامی صدر, not روس شامی صدر), unless it owns
   * it ({@code ایران کے صدر}). A nationality the model tagged as a place is no name here: it
   * qualifies the title ({@code روسی} in {@code روسی وزیر دفاع سرگئی شوئیگو}).
   */
  private boolean nameWithoutGenitive(int start, int first) {
    Token token = tokens.get(start);
    if (isNationality(norms[start])) {
      return false;
    }
    for (Entity e : entities) {
      if ((e.type() == EntityType.LOCATION || e.type() == EntityType.PERSON
          || e.type() == EntityType.ORGANIZATION) && e.start() <= token.start()
          && token.end() <= e.end()) {
        if (e.start() < token.start()) {
          return true;
        }
        Integer last = tokenEnding.get(e.end());
        return last == null || last + 1 >= first || !isGenitive(norms[last + 1]);
      }
    }
    return false;
  }

  private static boolean isGenitive(String word) {
    return word.equals("کے") || word.equals("کی") || word.equals("کا");
  }

  /** A place adjective, not a place: ایرانی، روسی، امریکی (but not ایران or روس). */
  private static boolean isNationality(String word) {
    return Matcher.placeQualified(word) != null;
  }

  private List<String> normsWithin(int start, int end) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
        words.add(norms[i]);
      }
    }
    return words;
  }

  /** True if what follows offset {@code end} makes the words before it a subject. */
  private boolean subjectAfter(int end) {
    Integer last = tokenEnding.get(end);
    if (last == null) {
      return false;
    }
    int k = last + 1;
    if (k < norms.length && norms[k].equals("بھی")) {
      k++;
    }
    if (k >= norms.length) {
      return false;
    }
    if (norms[k].equals("نے") || norms[k].startsWith("کاکہنا")) {
      return true;
    }
    if (norms[k].equals("کا") || norms[k].equals("کی") || norms[k].equals("کے")) {
      for (int j = k + 1; j < Math.min(norms.length, k + 4); j++) {
        if (HELD.contains(norms[j])) {
          return true;
        }
      }
    }
    return false;
  }

  /** A speaker phrase with no name entity at its end. */
  private Candidate phrase(int start, int end, long key) {
    List<String> words = new ArrayList<>();
    int lastToken = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= start && t.end() <= end) {
        String w = norms[i];
        if (w.length() == 1 && !words.isEmpty() && !Character.isDigit(w.charAt(0))) {
          words.set(words.size() - 1, words.get(words.size() - 1) + w); // اداکار ہ → اداکارہ
        } else {
          words.add(w);
        }
        lastToken = i;
      }
    }
    Candidate c = Candidate.phrase(start, end, words.toArray(String[]::new), key);
    if (c.kind() == Mention.Kind.PHRASE && c.title() == null && lastToken >= 0) {
      for (Entity e : entities) {
        if (e.type() == EntityType.DESIGNATION && e.end() == tokens.get(lastToken).end()) {
          return Candidate.title(start, end, c.name(),
              String.join(" ", normsWithin(e.start(), e.end())), null, key, true);
        }
      }
    }
    return c;
  }
}
