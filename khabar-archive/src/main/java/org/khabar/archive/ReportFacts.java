package org.khabar.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.khabar.coref.Titles;
import org.khabar.entity.Entity;
import org.khabar.entity.EntityType;
import org.khabar.lexicon.StopWords;
import org.khabar.lucene.JoinedWords;
import org.khabar.text.Document;
import org.khabar.quote.Statement;
import org.khabar.text.Layer;
import org.khabar.text.Span;
import org.khabar.tokenize.Token;
import org.khabar.tokenize.TokenType;

/**
 * What the archive files a report under: the people, places, organisations, titles and
 * speakers its analysis found (as normalized names), and its content words (not stop words) for
 * related-story hashing.
 *
 * <p>With coreference clusters, a person, place or organisation is filed once, under its
 * cluster's fullest name: a report that says ولادی میر پوتین and later صدر پوتین and پوتین is
 * filed under ولادی میر پوتین alone, not under پوتین too. A speaker is filed under the name of
 * the cluster its reporting clause resolves to (روحانی نے کہا → حسن روحانی), or under the
 * speaker's own words when no name stands for them (پولیس حکام); a pronoun that resolves to no
 * one files nothing.
 */
public record ReportFacts(
    Set<String> persons,
    Set<String> places,
    Set<String> organizations,
    Set<String> titles,
    Set<String> speakers,
    List<String> words) {

  /** The facts of an analysed document. */
  public static ReportFacts of(Document document) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    Layer<Token> tokens = document.get(Token.LAYER);
    ClusterNames clusterNames = new ClusterNames(document, tokens);
    Layer<Entity> entities = document.find(Entity.LAYER).orElse(Layer.empty());
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      String name = clusterNames.nameOf(i);
      if (name.isEmpty()) {
        continue;
      }
      switch (entity.type()) {
        case PERSON -> {
          if (!isTitleOnly(name)) {
            persons.add(name);
          }
        }
        case LOCATION -> places.add(name);
        case ORGANIZATION -> organizations.add(name);
        case DESIGNATION -> titles.add(name);
        default -> { }
      }
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Statement statement : document.find(Statement.LAYER).orElse(Layer.empty())) {
      String speaker = clusterNames.speakerOf(statement);
      if (!speaker.isEmpty()) {
        speakers.add(speaker);
      }
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      boolean content = token.type() == TokenType.WORD || token.type() == TokenType.LATIN
          || token.type() == TokenType.NUMBER;
      if (content && !StopWords.contains(token.norm())) {
        words.add(token.norm());
      }
    }
    return new ReportFacts(persons, places, organizations, titles, speakers, words);
  }

  /**
   * The normalized words of the tokens inside {@code span}, joined by single spaces, with words
   * written joined spaced as the search index spaces them ({@link JoinedWords}), so that one
   * title or name is one facet value however a report spells it: وزیراعظم → وزیر اعظم. A word
   * whose parts would all be function words is a word of its own in a name: کراس (cross) in
   * ریڈ کراس is not کر اس.
   */
  static String normalizedName(Layer<Token> tokens, Span span) {
    StringJoiner name = new StringJoiner(" ");
    for (int i = tokens.firstEndingAfter(span.start()); i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.start() >= span.end()) {
        break;
      }
      if (token.type() != TokenType.PUNCT) {
        String[] parts = JOINED.partsOf(token.norm());
        boolean spaced = parts != null && !Arrays.stream(parts).allMatch(StopWords::contains);
        name.add(spaced ? String.join(" ", parts) : token.norm());
      }
    }
    return name.toString();
  }

  private static final JoinedWords JOINED = JoinedWords.defaultList();

  /**
   * True if a person's name is all title (وزیر اعظم، صدر): the model took a title standing for
   * a person for a name, and it is filed as a title, not as a person.
   */
  static boolean isTitleOnly(String name) {
    String[] words = name.split(" ");
    return Titles.split(words, 0)[0] == words.length;
  }

  /** The names of one facet dimension. */
  public Set<String> names(String dimension) {
    return switch (dimension) {
      case ArchiveFields.PERSON -> persons;
      case ArchiveFields.PLACE -> places;
      case ArchiveFields.ORGANIZATION -> organizations;
      case ArchiveFields.TITLE -> titles;
      case ArchiveFields.SPEAKER -> speakers;
      default -> Set.of();
    };
  }

  static boolean isNameType(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.LOCATION
        || type == EntityType.ORGANIZATION || type == EntityType.DESIGNATION;
  }
}
