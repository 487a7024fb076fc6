package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class TitleSpansTest {

  @Test
  void aTitleIsCutOffTheName() {
    // «جنرل راحیل شریف نے کہا»: General Raheel Sharif said
    List<Token> words = tokens("جنرل راحیل شریف نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.PERSON));
    // «وزیر خارجہ اسحاق ڈار»: the longest title, «وزیر خارجہ», is cut off
    words = tokens("وزیر خارجہ اسحاق ڈار");
    assertThat(TitleSpans.apply(words, List.of(span(0, 4, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.DESIGNATION), span(2, 4, EntityType.PERSON));
  }

  @Test
  void amirIsATitleOnlyAfterAGenitive() {
    // «جماعت اسلامی کے امیر سراج الحق»: the party's amir, Siraj ul Haq
    List<Token> words = tokens("جماعت اسلامی کے امیر سراج الحق نے");
    assertThat(TitleSpans.apply(words, List.of(span(3, 6, EntityType.PERSON))))
        .containsExactly(span(3, 4, EntityType.DESIGNATION), span(4, 6, EntityType.PERSON));
    // «وفاقی وزیر امیر مقام»: the minister Amir Muqam
    words = tokens("وفاقی وزیر امیر مقام نے");
    List<TagSet.TokenSpan> name = List.of(span(2, 4, EntityType.PERSON));
    assertThat(TitleSpans.apply(words, name)).isEqualTo(name);
  }

  @Test
  void aListedTitleReadAsAnOrganisationIsATitle() {
    // «سی سی پی او لاہور نے کہا»: the capital city police officer of Lahore said
    List<Token> words = tokens("سی سی پی او لاہور نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 4, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 4, EntityType.DESIGNATION));
    words = tokens("پولیس نے کہا");
    List<TagSet.TokenSpan> police = List.of(span(0, 1, EntityType.ORGANIZATION));
    assertThat(TitleSpans.apply(words, police)).isEqualTo(police);
  }

  @Test
  void aWordThatMakesAListedTitleWithTheNextJoinsIt() {
    // «اقوام متحدہ کے سیکرٹری جنرل نے»: the UN's secretary general, not a general
    List<Token> words = tokens("اقوام متحدہ کے سیکرٹری جنرل نے");
    assertThat(TitleSpans.withDeputies(words, List.of(span(4, 5, EntityType.DESIGNATION))))
        .containsExactly(span(3, 5, EntityType.DESIGNATION));
  }

  @Test
  void aNameThatIsAllTitleEndingIsNoName() {
    // «ایس ایس پی آپریشنز نے بتایا»: the senior superintendent for operations said
    List<Token> words = tokens("ایس ایس پی آپریشنز نے بتایا");
    assertThat(TitleSpans.withTitleEndings(words, List.of(
            span(0, 3, EntityType.DESIGNATION), span(3, 4, EntityType.PERSON))))
        .containsExactly(span(0, 4, EntityType.DESIGNATION));
  }

  @Test
  void aTitleBeforeAListedOrganisationIsCutOffIt() {
    // «گورنر اسٹیٹ بینک جمیل احمد»: the governor of the State Bank, Jameel Ahmad
    List<Token> words = tokens("گورنر اسٹیٹ بینک جمیل احمد نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.ORGANIZATION));
    // «جنرل اسمبلی», the General Assembly: «اسمبلی» alone is no listed organisation
    words = tokens("جنرل اسمبلی میں");
    List<TagSet.TokenSpan> assembly = List.of(span(0, 2, EntityType.ORGANIZATION));
    assertThat(TitleSpans.apply(words, assembly)).isEqualTo(assembly);
  }

  @Test
  void twoTitlesThatTheListHasAsOneAreOne() {
    // «ڈی جی رینجرز میجر جنرل بلال»: the Rangers' director general, Major General Bilal
    List<Token> words = tokens("ڈی جی رینجرز میجر جنرل بلال");
    assertThat(TitleSpans.joinListedTitles(words, List.of(
            span(3, 4, EntityType.DESIGNATION), span(4, 5, EntityType.DESIGNATION),
            span(5, 6, EntityType.PERSON))))
        .containsExactly(span(3, 5, EntityType.DESIGNATION), span(5, 6, EntityType.PERSON));
    // «صدر | وزیر اعظم»: two titles the list does not have as one stay two
    words = tokens("صدر وزیر اعظم");
    assertThat(TitleSpans.joinListedTitles(words, List.of(
            span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.DESIGNATION))))
        .hasSize(2);
  }

  @Test
  void namesThatStartLikeTitlesStay() {
    // «شاہ محمود قریشی»: شاہ is part of the name
    List<Token> words = tokens("شاہ محمود قریشی نے کہا");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.PERSON))))
        .containsExactly(span(0, 3, EntityType.PERSON));
    // a name with no title, and a title alone, stay as they are
    words = tokens("راحیل شریف اور وزیر اعظم");
    assertThat(TitleSpans.apply(words,
            List.of(span(0, 2, EntityType.PERSON), span(3, 5, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.PERSON), span(3, 5, EntityType.PERSON));
  }

  @Test
  void otherTypesAreLeftAlone() {
    List<Token> words = tokens("جنرل موٹرز کمپنی");
    assertThat(TitleSpans.apply(words, List.of(span(0, 3, EntityType.ORGANIZATION))))
        .containsExactly(span(0, 3, EntityType.ORGANIZATION));
  }

  @Test
  void thePlaceOfAnOfficeStandsBetweenTitleAndName() {
    // «وزیراعلیٰ پنجاب شہباز شریف نے کہا»: the Chief Minister of Punjab, Shahbaz Sharif, said
    List<Token> words = tokens("وزیراعلیٰ پنجاب شہباز شریف نے کہا");
    java.util.function.Predicate<String> place = java.util.Set.of("پنجاب")::contains;
    assertThat(TitleSpans.withOfficePlaces(words,
            List.of(span(0, 1, EntityType.DESIGNATION), span(1, 4, EntityType.PERSON)), place))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 2, EntityType.LOCATION),
            span(2, 4, EntityType.PERSON));
    // the place alone as a PERSON is a LOCATION
    assertThat(TitleSpans.withOfficePlaces(words, List.of(span(0, 1, EntityType.DESIGNATION),
            span(1, 2, EntityType.PERSON), span(2, 4, EntityType.PERSON)), place))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 2, EntityType.LOCATION),
            span(2, 4, EntityType.PERSON));
    // without a title before it, the span stays
    List<TagSet.TokenSpan> alone = List.of(span(1, 4, EntityType.PERSON));
    assertThat(TitleSpans.withOfficePlaces(words, alone, place)).isEqualTo(alone);
  }

  @Test
  void thePlaceOfAnOfficeMayHaveSeveralWordsOrBeWrittenJoined() {
    // «وزیراعلیٰ خیبر پختونخوا علی امین گنڈاپور»; the press also writes «خیبرپختونخوا»
    List<Token> spaced = tokens("وزیراعلیٰ خیبر پختونخوا علی امین گنڈاپور نے کہا");
    assertThat(TitleSpans.withOfficePlaces(spaced,
            List.of(span(0, 1, EntityType.DESIGNATION), span(1, 6, EntityType.PERSON)),
            NerTagger::isListedPlace))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.LOCATION),
            span(3, 6, EntityType.PERSON));
    List<Token> joined = tokens("وزیراعلیٰ خیبرپختونخوا علی امین گنڈاپور نے کہا");
    assertThat(TitleSpans.withOfficePlaces(joined,
            List.of(span(0, 1, EntityType.DESIGNATION), span(1, 5, EntityType.PERSON)),
            NerTagger::isListedPlace))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 2, EntityType.LOCATION),
            span(2, 5, EntityType.PERSON));
  }

  @Test
  void aDeputyBeforeATitleIsPartOfIt() {
    // «نائب وزیرِ اعظم نے کہا»: the deputy prime minister said
    List<Token> words = tokens("نائب وزیرِ اعظم نے کہا");
    assertThat(TitleSpans.withDeputies(words, List.of(span(1, 3, EntityType.DESIGNATION))))
        .containsExactly(span(0, 3, EntityType.DESIGNATION));
    // not before a name, and not when the word is another span's
    assertThat(TitleSpans.withDeputies(words, List.of(span(1, 3, EntityType.PERSON))))
        .containsExactly(span(1, 3, EntityType.PERSON));
    assertThat(TitleSpans.withDeputies(words, List.of(span(0, 1, EntityType.DESIGNATION),
            span(1, 3, EntityType.DESIGNATION))))
        .containsExactly(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.DESIGNATION));
  }

  @Test
  void aTitleTakesBackTheWordsOfItsListedFormFromTheName() {
    // «ڈی آئی جی | آپریشنز فیصل کامران» is «ڈی آئی جی آپریشنز | فیصل کامران»
    List<Token> words = tokens("ڈی آئی جی آپریشنز فیصل کامران نے کہا");
    assertThat(TitleSpans.withTitleEndings(words, List.of(
            span(0, 3, EntityType.DESIGNATION), span(3, 6, EntityType.PERSON))))
        .containsExactly(span(0, 4, EntityType.DESIGNATION), span(4, 6, EntityType.PERSON));
    // «صدر | مملکت ممنون حسین»: the president of the state, Mamnoon Hussain
    assertThat(TitleSpans.withTitleEndings(tokens("صدر مملکت ممنون حسین"), List.of(
            span(0, 1, EntityType.DESIGNATION), span(1, 4, EntityType.PERSON))))
        .containsExactly(span(0, 2, EntityType.DESIGNATION), span(2, 4, EntityType.PERSON));
  }

  @Test
  void aNameThatContinuesNoListedTitleStays() {
    List<TagSet.TokenSpan> spans =
        List.of(span(0, 1, EntityType.DESIGNATION), span(1, 3, EntityType.PERSON));
    assertThat(TitleSpans.withTitleEndings(tokens("صدر حسن روحانی"), spans)).isEqualTo(spans);
  }
}
