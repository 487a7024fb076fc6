package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.coref.Titles;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

/**
 * Titles stand apart from names, in every convention, as Khabar's tags have them (see {@link
 * TagSet}): a PERSON span that starts with a title of the title list ({@code titles.txt}, read
 * by {@link Titles#split}) and goes on with a name is cut in two: «جنرل راحیل شریف» is
 * DESIGNATION «جنرل» and PERSON «راحیل شریف». The weights, learnt also from jahangir, whose
 * PERSON spans often take titles in, keep some of them together. In the training parts a title
 * right before a name stands outside the PERSON far more often than inside it: UNER 127 to 3
 * («ڈاکٹر طاہرالقادری»), ijcnlp2008 55 to 2, IL-NER 109 to 3; jahangir's 73 to 107 is the
 * exception (its dev part mostly leaves titles out, see the eval's {@code NerConvention}).
 * «شاہ» and «شیخ», which the sets write inside names («شاہ محمود قریشی»: UNER 9 to 0), are
 * left alone.
 */
final class TitleSpans {

  /** Titles that the sets keep inside the names they start. */
  static final Set<String> IN_NAMES = Set.of("شاہ", "شیخ");

  private TitleSpans() {}

  /** Titles only after a genitive: «امیر» (a leader, also the name Amir). */
  private static final Set<String> AFTER_GENITIVE = Set.of("امیر");

  /** The genitive postpositions. */
  private static final Set<String> GENITIVES = Set.of("کے", "کی", "کا");

  /**
   * True if word {@code at} is a title only after a genitive and follows one: «جماعت اسلامی کے
   * امیر سراج الحق» is the party's amir, Siraj ul Haq, while «وفاقی وزیر امیر مقام» names Amir
   * Muqam. In the training parts «کے امیر» before a name is a DESIGNATION («... کے امیر راؤ
   * محمد ...», IJCNLP-2008), and «امیر» starts a PERSON («امیر خسرو») after no genitive.
   */
  private static boolean isTitleAfterGenitive(List<Token> words, int at) {
    return at > 0 && AFTER_GENITIVE.contains(words.get(at).norm())
        && GENITIVES.contains(words.get(at - 1).norm());
  }

  /**
   * True if the span is a listed title and nothing else: «ڈی پی او باجوڑ نے بتایا» (the district
   * police officer of Bajaur said), whose «ڈی پی او» the model may read as an ORGANIZATION for
   * its letters. The training parts never annotate a listed title as an ORGANIZATION.
   */
  private static boolean isTitle(List<Token> words, TagSet.TokenSpan span) {
    return Titles.isTitle(WordPhrases.of(words, span.first(), span.end()));
  }

  /**
   * The words of the listed title that starts an ORGANIZATION span whose other words are a listed
   * organisation, or 0: «گورنر اسٹیٹ بینک» is the governor of the State Bank, a title and an
   * organisation. In the training parts an organisation starts with a listed title 5 times of
   * 1,275 («جنرل اسمبلی», the General Assembly), never before a listed organisation.
   */
  private static int titleBeforeListedOffice(List<Token> words, TagSet.TokenSpan span) {
    for (int n = Math.min(3, span.end() - span.first() - 1); n >= 1; n--) {
      if (Titles.isTitle(WordPhrases.of(words, span.first(), span.first() + n))
          && KnownOrganizations.isListed(WordPhrases.of(words, span.first() + n, span.end()))) {
        return n;
      }
    }
    return 0;
  }

  /**
   * The spans with titles cut off the PERSON spans they start, and a listed title the model read
   * as an ORGANIZATION a DESIGNATION, or cut off the listed organisation it starts.
   */
  static List<TagSet.TokenSpan> apply(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size() + 1);
    for (TagSet.TokenSpan span : spans) {
      int length = span.end() - span.first();
      if (span.type() == EntityType.ORGANIZATION && isTitle(words, span)) {
        result.add(new TagSet.TokenSpan(span.first(), span.end(), EntityType.DESIGNATION));
        continue;
      }
      int office = span.type() == EntityType.ORGANIZATION ? titleBeforeListedOffice(words, span) : 0;
      if (office > 0) {
        result.add(new TagSet.TokenSpan(span.first(), span.first() + office,
            EntityType.DESIGNATION));
        result.add(new TagSet.TokenSpan(span.first() + office, span.end(),
            EntityType.ORGANIZATION));
        continue;
      }
      if (span.type() != EntityType.PERSON || length < 2
          || IN_NAMES.contains(words.get(span.first()).norm())) {
        result.add(span);
        continue;
      }
      String[] phrase = new String[length];
      for (int i = 0; i < length; i++) {
        phrase[i] = words.get(span.first() + i).norm();
      }
      int name = Titles.split(phrase, 0)[0];
      if (name == 0 && isTitleAfterGenitive(words, span.first())) {
        name = 1;
      }
      if (name > 0 && name < length) {
        result.add(new TagSet.TokenSpan(span.first(), span.first() + name,
            EntityType.DESIGNATION));
        result.add(new TagSet.TokenSpan(span.first() + name, span.end(), EntityType.PERSON));
      } else {
        result.add(span);
      }
    }
    return result;
  }

  /**
   * Two titles side by side that the title list has as one title are one DESIGNATION: «میجر |
   * جنرل» is «میجر جنرل» (major general), «لیفٹیننٹ | جنرل» «لیفٹیننٹ جنرل». In UNER's training
   * part a listed title of several words is one DESIGNATION 32 times and never two.
   */
  static List<TagSet.TokenSpan> joinListedTitles(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    return TagSet.joiningAdjacent(spans,
        (first, second) -> first.type() == EntityType.DESIGNATION
            && second.type() == EntityType.DESIGNATION
            && Titles.isTitle(WordPhrases.of(words, first.first(), second.end())),
        EntityType.DESIGNATION);
  }

  /**
   * A title whose last words the model took into the name after it gets them back, if the list
   * has the longer title: «ڈی آئی جی | آپریشنز فیصل کامران» is «ڈی آئی جی آپریشنز | فیصل کامران»
   * (the deputy inspector general for operations). A name that is all title ending is no name:
   * «ایس ایس پی | آپریشنز نے بتایا» is the senior superintendent for operations.
   */
  static List<TagSet.TokenSpan> withTitleEndings(List<Token> words,
      List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = null;
    for (int k = 1; k < spans.size(); k++) {
      TagSet.TokenSpan title = spans.get(k - 1);
      TagSet.TokenSpan name = spans.get(k);
      int taken = 0;
      if (title.type() == EntityType.DESIGNATION && name.type() == EntityType.PERSON
          && title.end() == name.first()) {
        for (int n = Math.min(2, name.end() - name.first()); n >= 1 && taken == 0; n--) {
          if (Titles.isTitle(WordPhrases.of(words, title.first(), name.first() + n))) {
            taken = n;
          }
        }
      }
      if (taken > 0) {
        if (result == null) {
          result = new ArrayList<>(spans.subList(0, k - 1));
        } else {
          result.remove(result.size() - 1);
        }
        result.add(new TagSet.TokenSpan(title.first(), name.first() + taken,
            EntityType.DESIGNATION));
        if (name.first() + taken < name.end()) {
          result.add(new TagSet.TokenSpan(name.first() + taken, name.end(), EntityType.PERSON));
        }
      } else if (result != null) {
        result.add(name);
      }
    }
    return result == null ? spans : result;
  }


  /**
   * The place of an office, between its title and its holder's name, is a LOCATION of its own:
   * «وزیراعلیٰ | پنجاب | شہباز شریف» (the Chief Minister of Punjab, Shahbaz Sharif), «گورنر |
   * سندھ | عمران اسماعیل», «وزیراعلیٰ | خیبر پختونخوا | علی امین گنڈاپور». A PERSON span right
   * after a DESIGNATION, that starts with a place of up to three words, loses the place, and is
   * no PERSON at all if the place is all it has («وزیر اعلی | پنجاب | نے کہا»). UNER's training
   * part writes six of its seven such offices so (DESIGNATION «وزیر اعلیٰ», LOCATION
   * «بلوچستان», PERSON «عبدالمالک بلوچ»); the seventh is one PERSON.
   *
   * @param place whether a normalized word or phrase (words joined by one space) is a place
   */
  static List<TagSet.TokenSpan> withOfficePlaces(List<Token> words, List<TagSet.TokenSpan> spans,
      Predicate<String> place) {
    List<TagSet.TokenSpan> result = null;
    for (int k = 1; k < spans.size(); k++) {
      TagSet.TokenSpan title = spans.get(k - 1);
      TagSet.TokenSpan span = spans.get(k);
      int placeEnd = span.type() == EntityType.PERSON && title.type() == EntityType.DESIGNATION
          && title.end() == span.first() ? placeEnd(words, span, place) : -1;
      if (placeEnd > 0) {
        if (result == null) {
          result = new ArrayList<>(spans.subList(0, k));
        }
        result.add(new TagSet.TokenSpan(span.first(), placeEnd, EntityType.LOCATION));
        if (span.end() > placeEnd) {
          result.add(new TagSet.TokenSpan(placeEnd, span.end(), EntityType.PERSON));
        }
      } else if (result != null) {
        result.add(span);
      }
    }
    return result == null ? spans : result;
  }

  /** Deputy: «نائب», «ڈپٹی». */
  private static final Set<String> DEPUTY = Set.of("نائب", "ڈپٹی");

  /**
   * «نائب» or «ڈپٹی» (deputy) right before a title is part of it: «نائب وزیرِ اعظم» (deputy prime
   * minister), «ڈپٹی سپیکر». In the four training parts every such word right before a
   * DESIGNATION is inside it (4 and 4 times), none outside. So is a word that makes a listed
   * title with it: «سیکرٹری | جنرل» is «سیکرٹری جنرل» (secretary general), not a general.
   */
  static List<TagSet.TokenSpan> withDeputies(List<Token> words, List<TagSet.TokenSpan> spans) {
    List<TagSet.TokenSpan> result = new ArrayList<>(spans.size());
    int taken = 0;
    for (TagSet.TokenSpan span : spans) {
      int first = span.first();
      if (span.type() == EntityType.DESIGNATION && first > taken
          && (DEPUTY.contains(words.get(first - 1).norm())
              || Titles.isTitle(WordPhrases.of(words, first - 1, span.end())))) {
        first--;
      }
      result.add(first == span.first() ? span : new TagSet.TokenSpan(first, span.end(), span.type()));
      taken = span.end();
    }
    return result;
  }

  /** The most words a place of an office may have: «ڈیرہ اسماعیل خان». */
  private static final int MAX_PLACE_WORDS = 3;

  /** The end of the longest listed place that starts {@code span}, or -1 if none does. */
  private static int placeEnd(List<Token> words, TagSet.TokenSpan span, Predicate<String> place) {
    for (int end = Math.min(span.end(), span.first() + MAX_PLACE_WORDS); end > span.first(); end--) {
      if (place.test(WordPhrases.of(words, span.first(), end))) {
        return end;
      }
    }
    return -1;
  }
}
