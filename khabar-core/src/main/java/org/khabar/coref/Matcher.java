package org.khabar.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.WordList;
import org.khabar.normalize.UrduNormalizer;

/**
 * Puts mentions, in text order, into clusters.
 *
 * <ul>
 *   <li>A name joins the most recent cluster of a compatible type with a name of the same {@link
 *       NameKey} ({@code پوتین}، {@code پیوٹن}) or whose words contain its words or are contained
 *       in them ({@code روحانی} ⊂ {@code حسن روحانی}). Types are compatible when equal, or when
 *       one is unknown (a speaker phrase) and the other a person or organisation; a location
 *       matches a location, or an unknown phrase with the same key (ایران کا کہنا ہے). A phrase
 *       with a genitive is another thing than its owner: {@code بی بی سی کے نامہ نگار} does not
 *       join {@code بی بی سی}; a name spelled in letters matches only by its whole key ({@code اے
 *       پی} is not {@code اے ایف پی}).
 *   <li>A title alone ({@code وزیر اعظم نے کہا}) joins the most recent person or unknown cluster
 *       with the same title head ({@code وزیر اعظم نواز شریف}) or one it starts ({@code وزیر} for
 *       {@code وزیر اطلاعات محمد علی درانی}), unless their titles belong to different countries
 *       or organisations ({@code اسرائیلی صدر} is not {@code برازیلی صدر ڈلماراوسف}) or one is
 *       former and the other not ({@code سابق وزیر} is not {@code وزیر خارجہ}); with
 *       none, it starts a cluster, which {@link #joinTitlesToLaterNames()} may join to a person
 *       named later with that title.
 *   <li>An organisation's short name in brackets right after it ({@code پاکستان کرکٹ بورڈ (پی
 *       سی بی)}) is the same organisation, wherever it stands ({@link
 *       #joinBracketedShortNames}).
 *   <li>The cluster's name is the longest name among its mentions, its title the first title
 *       that is not relational ({@code صدر} rather than {@code روسی ہم منصب}).
 * </ul>
 */
final class Matcher {

  /** Generic heads that never make two phrases one entity by themselves: افراد، فیصد. */
  private static final WordList GENERIC = WordList.load("titles");

  /** Titles that relate a person to another rather than name a post: ہم منصب. */
  private static final Set<String> RELATIONAL = Set.of("ہم منصب");

  private static final WordList PLACES = WordList.load("places");

  /** A mention as the matcher keeps it. */
  record Item(int start, int end, Mention.Kind kind, boolean subject) {}

  static final class Cluster {
    private EntityType type;
    private String name;
    private String title;
    private String titleHead;
    private final Set<String> heads = new LinkedHashSet<>();
    private final Set<String> countries = new HashSet<>();
    private boolean described;
    private boolean former; // a title of the cluster says «سابق»
    private int last;
    private final List<String> names = new ArrayList<>();
    private final List<Item> mentions = new ArrayList<>();

    EntityType type() {
      return type;
    }

    String name() {
      return name;
    }

    String title() {
      return title;
    }

    List<Item> mentions() {
      return mentions;
    }

    int last() {
      return last;
    }

    boolean named() {
      return !names.isEmpty();
    }

    int first() {
      return mentions.stream().mapToInt(Item::start).min().orElse(Integer.MAX_VALUE);
    }
  }

  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<Cluster, Cluster> movedTo = new IdentityHashMap<>();

  int size() {
    return clusters.size();
  }

  Cluster get(int id) {
    return clusters.get(id);
  }

  /** Adds a mention and returns its cluster's index. */
  int add(Candidate c) {
    int id = c.titleOnly() ? byTitle(c) : byName(c);
    Cluster cluster;
    if (id < 0) {
      cluster = new Cluster();
      cluster.type = c.type();
      cluster.name = c.name();
      clusters.add(cluster);
      id = clusters.size() - 1;
    } else {
      cluster = clusters.get(id);
      if (cluster.type == null) {
        cluster.type = c.type();
      }
      if (!c.titleOnly() && (words(c.name()) > words(cluster.name) || !cluster.named())) {
        cluster.name = c.name();
      }
    }
    if (!c.titleOnly()) {
      cluster.names.add(c.name());
    }
    addTitle(cluster, c.title(), c.titleHead(), c.affiliations());
    cluster.described |= c.described();
    cluster.last = Math.max(cluster.last, c.start());
    cluster.mentions.add(new Item(c.start(), c.end(), c.kind(), c.subject()));
    return id;
  }

  private static void addTitle(Cluster cluster, String title, String head, Set<String> affiliations) {
    cluster.former |= isFormer(title);
    if (title != null && (cluster.title == null
        || RELATIONAL.contains(cluster.titleHead) && head != null && !RELATIONAL.contains(head))) {
      cluster.title = title;
      cluster.titleHead = head;
    }
    if (head != null) {
      cluster.heads.add(head);
    }
    cluster.countries.addAll(affiliations);
  }

  /** Adds a pronoun mention to cluster {@code id}. */
  void addPronoun(int id, int start, int end) {
    Cluster cluster = clusters.get(id);
    cluster.mentions.add(new Item(start, end, Mention.Kind.PRONOUN, true));
    cluster.last = Math.max(cluster.last, start);
  }

  /**
   * Joins each cluster that has only titles (امریکی وزیر خارجہ) to the first person named later
   * with that title (امریکی وزیر خارجہ کونڈولیزا رائس), as a lead names the post and a later
   * paragraph the person. Returns, for each old cluster index, its index after the joins.
   */
  int[] joinTitlesToLaterNames() {
    for (int id = 0; id < clusters.size(); id++) {
      Cluster titled = clusters.get(id);
      if (titled.named() || titled.heads.isEmpty() || titled.mentions.isEmpty()
          || titled.type != null && titled.type != EntityType.PERSON) {
        continue;
      }
      int best = -1;
      for (int other = 0; other < clusters.size(); other++) {
        Cluster person = clusters.get(other);
        if (other == id || !person.named() || person.type != EntityType.PERSON
            || person.first() < titled.first() || !sameTitle(titled, person)) {
          continue;
        }
        if (best < 0 || person.first() < clusters.get(best).first()) {
          best = other;
        }
      }
      if (best >= 0) {
        moveInto(id, best);
      }
    }
    return compact();
  }

  /**
   * Joins a nameless person title that speaks (امریکی وزیر خارجہ نے کہا) to the one named person
   * of the report who speaks, later, by the bare name, with no title or description before it
   * (کونڈولیزا رائس نے کہا), when there is exactly one title cluster and one such person: the
   * report names the post first and the person later. Not to {@code بی بی سی کے نامہ نگار گیون
   * لی}, whom his own words describe. Returns the index map as {@link #joinTitlesToLaterNames()} does.
   */
  int[] joinLoneTitleToLoneName(Set<Integer> speaking) {
    int titled = -1;
    int untitled = -1;
    int titledCount = 0;
    int untitledCount = 0;
    for (int id : speaking) {
      Cluster c = clusters.get(id);
      if (!c.named() && !c.heads.isEmpty() && (c.type == null || c.type == EntityType.PERSON)
          && hasKind(c, Mention.Kind.TITLE)) {
        titled = id;
        titledCount++;
      } else if (c.named() && c.type == EntityType.PERSON && c.title == null && !c.described) {
        untitled = id;
        untitledCount++;
      }
    }
    if (titledCount == 1 && untitledCount == 1
        && clusters.get(titled).first() < clusters.get(untitled).first()) {
      moveInto(titled, untitled);
    }
    return compact();
  }

  /**
   * Joins an organisation's bracketed short name to the organisation it follows: in {@code
   * پاکستان کرکٹ بورڈ (پی سی بی) نے ...}, every later {@code پی سی بی} is the board. Both must be
   * organisation names, with nothing but the opening bracket between them. Returns the index
   * map as {@link #joinTitlesToLaterNames()} does.
   */
  int[] joinBracketedShortNames(String text) {
    for (int id = 0; id < clusters.size(); id++) {
      Cluster shortName = clusters.get(id);
      if (shortName.type != EntityType.ORGANIZATION) {
        continue;
      }
      int into = -1;
      for (Item m : shortName.mentions) {
        if (m.kind() == Mention.Kind.NAME && into < 0) {
          into = organisationBefore(text, m, id);
        }
      }
      if (into >= 0) {
        moveInto(id, into);
      }
    }
    return compact();
  }

  /**
   * Joins the places and the organisations that the name lists know by one name: «نیویارک» and
   * «نیو یارک» (New York), «بھارت», «انڈیا» and «ہندوستان» (India), «مسلم لیگ ن» and «مسلم لیگ
   * نواز» (PML-N) are one in a report. Only the lists' names count, never a romanization, so two
   * names the lists do not know stay apart, and a place never joins an organisation. Returns
   * the index map as {@link #joinTitlesToLaterNames()} does.
   *
   * @param known the lists' Latin name of an Urdu name, if they have one
   */
  int[] joinKnownSynonyms(Function<String, Optional<String>> known) {
    Map<String, Integer> byLatin = new HashMap<>();
    for (int id = 0; id < clusters.size(); id++) {
      Cluster named = clusters.get(id);
      if (named.type != EntityType.LOCATION && named.type != EntityType.ORGANIZATION
          || named.mentions.isEmpty() || !named.named()) {
        continue;
      }
      String latin = known.apply(named.name).orElse(null);
      Integer first = latin == null ? null : byLatin.putIfAbsent(named.type + " " + latin, id);
      if (first != null) {
        moveInto(id, first);
      }
    }
    return compact();
  }

  /** The other organisation cluster whose name ends right before {@code (} and {@code m}. */
  private int organisationBefore(String text, Item m, int self) {
    int open = m.start() - 1;
    while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
      open--;
    }
    int close = m.end();
    while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
      close++;
    }
    if (open < 0 || text.charAt(open) != '(' || close >= text.length()
        || text.charAt(close) != ')') {
      return -1;
    }
    int before = open;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int end = before;
    for (int id = 0; id < clusters.size(); id++) {
      Cluster c = clusters.get(id);
      if (id != self && c.type == EntityType.ORGANIZATION && c.mentions.stream()
          .anyMatch(n -> n.kind() == Mention.Kind.NAME && n.end() == end)) {
        return id;
      }
    }
    return -1;
  }

  private static boolean hasKind(Cluster c, Mention.Kind kind) {
    return c.mentions.stream().anyMatch(m -> m.kind() == kind);
  }

  private void moveInto(int from, int into) {
    Cluster source = clusters.get(from);
    Cluster target = clusters.get(into);
    target.mentions.addAll(source.mentions);
    target.last = Math.max(target.last, source.last);
    target.heads.addAll(source.heads);
    target.former |= source.former;
    if (target.title == null) {
      target.title = source.title;
      target.titleHead = source.titleHead;
    }
    source.mentions.clear();
    movedTo.put(source, target);
  }

  /** Drops emptied clusters; returns the new index of each old one (a joined one: its target's). */
  private int[] compact() {
    Map<Cluster, Integer> index = new IdentityHashMap<>();
    List<Cluster> kept = new ArrayList<>();
    for (Cluster cluster : clusters) {
      if (!cluster.mentions.isEmpty()) {
        index.put(cluster, kept.size());
        kept.add(cluster);
      }
    }
    int[] map = new int[clusters.size()];
    for (int id = 0; id < clusters.size(); id++) {
      Cluster target = clusters.get(id);
      while (movedTo.containsKey(target)) {
        target = movedTo.get(target);
      }
      map[id] = index.getOrDefault(target, -1);
    }
    clusters.clear();
    clusters.addAll(kept);
    movedTo.clear();
    return map;
  }

  private int byName(Candidate c) {
    int best = -1;
    for (int id = 0; id < clusters.size(); id++) {
      Cluster cluster = clusters.get(id);
      if (!compatible(cluster.type, c.type())) {
        continue;
      }
      boolean strict = cluster.type == EntityType.LOCATION || c.type() == EntityType.LOCATION;
      for (String name : cluster.names) {
        boolean same = strict || hasGenitive(name) != hasGenitive(c.name())
            || spelled(name) || spelled(c.name())
            ? NameKey.of(name).equals(NameKey.of(c.name()))
            : NameKey.sameName(name, c.name()) && !generic(name, c.name())
                && shortWordsAgree(name, c.name());
        if (same && (best < 0 || cluster.last >= clusters.get(best).last)) {
          best = id;
        }
      }
    }
    return best;
  }

  /**
   * True if each word of the shorter name whose key has at most two letters is also in the
   * longer name as written: such keys meet by chance (بان and بیان both have the key بن, so
   * {@code بان} does not join {@code جاری کردہ بیان}); {@code بش} still joins {@code جارج بش}.
   */
  private static boolean shortWordsAgree(String a, String b) {
    String shorter = NameKey.words(a).size() <= NameKey.words(b).size() ? a : b;
    String longer = shorter == a ? b : a;
    List<String> longerWords = NameKey.writtenWords(longer);
    for (String word : NameKey.writtenWords(shorter)) {
      String key = NameKey.of(word);
      if (!key.isEmpty() && key.length() <= 2 && !longerWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a name spelled out in letters (اے پی، بی بی سی): its words meet other names by
   * chance, so it matches only by its whole key (اے پی is not اے ایف پی).
   */
  private static boolean spelled(String name) {
    List<String> keys = NameKey.words(name);
    return !keys.isEmpty() && keys.stream().allMatch(k -> k.length() <= 1);
  }

  private static boolean hasGenitive(String name) {
    for (String word : name.split(" ")) {
      if (word.equals("کے") || word.equals("کی") || word.equals("کا")) {
        return true;
      }
    }
    return false;
  }

  /** True if the two names meet only on a title word (ترجمان in ایک ترجمان), not a name. */
  private static boolean generic(String a, String b) {
    List<String> shorter = NameKey.words(a).size() <= NameKey.words(b).size() ? List.of(a.split(" ")) : List.of(b.split(" "));
    for (String word : shorter) {
      if (!GENERIC.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private int byTitle(Candidate c) {
    int best = -1;
    Set<String> countries = c.affiliations();
    boolean former = isFormer(c.title());
    for (int id = 0; id < clusters.size(); id++) {
      Cluster cluster = clusters.get(id);
      if (cluster.type != null && cluster.type != EntityType.PERSON || cluster.mentions.isEmpty()) {
        continue;
      }
      if (c.titleHead() != null && hasHead(cluster, c.titleHead())
          && !conflict(countries, cluster.countries) && former == cluster.former
          && (best < 0 || cluster.last >= clusters.get(best).last)) {
        best = id;
      }
    }
    if (best < 0) {
      for (int id = 0; id < clusters.size(); id++) {
        if (!clusters.get(id).named() && NameKey.of(clusters.get(id).name).equals(NameKey.of(c.name()))) {
          best = id;
        }
      }
    }
    return best;
  }

  /**
   * True if {@code title} holds «سابق» or «سابقہ» (former): {@code سابق وزیر} is not {@code وزیر
   * خارجہ}, whose post the report speaks of as held.
   */
  private static boolean isFormer(String title) {
    if (title == null) {
      return false;
    }
    for (String word : title.split("\\s+")) {
      if (word.equals("سابق") || word.equals("سابقہ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the cluster has the title head {@code head}, or one that it starts (وزیر in وزیر
   * اطلاعات محمد علی درانی ... وزیر نے).
   */
  private static boolean hasHead(Cluster cluster, String head) {
    for (String h : cluster.heads) {
      if (h.equals(head) || h.startsWith(head + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameTitle(Cluster titled, Cluster person) {
    for (String head : titled.heads) {
      if (hasHead(person, head)) {
        return !conflict(titled.countries, person.countries);
      }
    }
    return false;
  }

  /**
   * True if two titles belong to places or organisations and to none in common (اسرائیلی صدر،
   * برازیل کے صدر; اقوام متحدہ کے ... ترجمان، امریکی دفتر خارجہ کی ترجمان).
   */
  private static boolean conflict(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String key : a) {
      if (b.contains(key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name keys of the places a title names, by name or adjective: ایرانی and ایران کے both
   * give the key of ایران, امریکی that of امریکہ, برازیلین that of برازیل; {@code بالی وڈ کے
   * اداکار} gives none.
   */
  static Set<String> countries(String title, String head) {
    Set<String> keys = new HashSet<>();
    if (title == null) {
      return keys;
    }
    Set<String> headWords = head == null ? Set.of() : new HashSet<>(List.of(head.split(" ")));
    for (String word : UrduNormalizer.normalizeWord(title).split("\\s+")) {
      if (headWords.contains(word)) {
        continue;
      }
      String place = place(word);
      if (place != null) {
        keys.add(NameKey.of(place));
      }
    }
    return keys;
  }

  /** The place a word names or qualifies: ایران، ایرانی → ایران; null if none. */
  static String place(String word) {
    return PLACES.contains(word) ? word : placeQualified(word);
  }

  /**
   * The place a nationality adjective qualifies, even when the adjective is listed as a place
   * too: روسی → روس، امریکی → امریکہ، برازیلین → برازیل; null for a word that is no adjective.
   */
  static String placeQualified(String word) {
    for (String ending : List.of("ین", "ی")) {
      if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        if (PLACES.contains(stem)) {
          return stem;
        }
        if (PLACES.contains(stem + "ہ")) {
          return stem + "ہ";
        }
      }
    }
    return null;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      EntityType known = a == null ? b : a;
      return known == EntityType.PERSON || known == EntityType.ORGANIZATION
          || known == EntityType.LOCATION;
    }
    return false;
  }

  private static int words(String name) {
    return name.isBlank() ? 0 : name.trim().split("\\s+").length;
  }
}
