package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;
import org.khabar.tokenize.Token;

class DocumentNamesTest {

  /** In these tests only «حلب», «داما» and «یوسفی» are rare. */
  private static final Predicate<String> RARE = Set.of("حلب", "داما", "یوسفی")::contains;

  @Test
  void aRareNameFoundOnceIsFoundWhereItStandsAgain() {
    // «شہر حلب میں» makes حلب a place; «حلب کے مشرقی حصے» is the same place
    List<List<Token>> sentences =
        List.of(tokens("شام کے شمالی شہر حلب میں فتح"), tokens("فوج نے حلب کے مشرقی حصے پر قبضہ کیا"));
    List<List<TagSet.TokenSpan>> spans = List.of(
        List.of(span(0, 1, EntityType.LOCATION), span(4, 5, EntityType.LOCATION)), List.of());
    assertThat(DocumentNames.carry(sentences, spans, RARE))
        .containsExactly(spans.get(0), List.of(span(2, 3, EntityType.LOCATION)));
  }

  @Test
  void aCommonWordIsNeverCarried() {
    // «شام» (Syria, also "evening") is no rare word: «شام کو» stays as the model read it
    List<List<Token>> sentences = List.of(tokens("شام میں جنگ"), tokens("وہ شام کو آئے"));
    List<List<TagSet.TokenSpan>> spans = List.of(List.of(span(0, 1, EntityType.LOCATION)),
        List.of());
    assertThat(DocumentNames.carry(sentences, spans, RARE)).isEqualTo(spans);
  }

  @Test
  void aNameOfTwoTypesIsNotCarried() {
    List<List<Token>> sentences =
        List.of(tokens("داما نے کہا"), tokens("داما میں جلسہ"), tokens("پھر داما آئے"));
    List<List<TagSet.TokenSpan>> spans = List.of(List.of(span(0, 1, EntityType.PERSON)),
        List.of(span(0, 1, EntityType.LOCATION)), List.of());
    assertThat(DocumentNames.carry(sentences, spans, RARE)).isEqualTo(spans);
  }

  @Test
  void aWordInsideAnotherSpanOrAnotherTypeIsLeftAlone() {
    // «عبدالقادر یوسفی» holds «یوسفی» already; a NUMBER is never carried
    List<List<Token>> sentences = List.of(tokens("یوسفی نے کہا"), tokens("عبدالقادر یوسفی آئے"));
    List<List<TagSet.TokenSpan>> spans = List.of(List.of(span(0, 1, EntityType.PERSON)),
        List.of(span(0, 2, EntityType.PERSON)));
    assertThat(DocumentNames.carry(sentences, spans, RARE)).isEqualTo(spans);
  }

  @Test
  void theLongestNameWins() {
    List<List<Token>> sentences = List.of(tokens("داما یوسفی نے کہا"), tokens("یوسفی آئے"),
        tokens("کل داما یوسفی آئے"));
    List<List<TagSet.TokenSpan>> spans = List.of(
        List.of(span(0, 2, EntityType.PERSON)), List.of(span(0, 1, EntityType.PERSON)),
        List.of());
    assertThat(DocumentNames.carry(sentences, spans, RARE).get(2))
        .containsExactly(span(1, 3, EntityType.PERSON));
  }

  @Test
  void aPersonsRareSurnameIsThePersonWhereItStandsAlone() {
    // «رومانو پرودی ... پرودی نے وعدہ کیا»: Prodi again, by his surname
    Predicate<String> rare = Set.of("رومانو", "پرودی")::contains;
    List<List<Token>> sentences =
        List.of(tokens("امیدوار رومانو پرودی سے پیچھے ہیں"), tokens("پرودی نے وعدہ کیا"));
    List<List<TagSet.TokenSpan>> spans = List.of(List.of(span(1, 3, EntityType.PERSON)),
        List.of());
    assertThat(DocumentNames.carry(sentences, spans, rare).get(1))
        .containsExactly(span(0, 1, EntityType.PERSON));
  }

  @Test
  void anotherSpellingOfAOneWordNameIsTheSameName() {
    // «سلویو برلسکونی ... برلیسکونی کی حکومت»: Berlusconi spelt two ways in one report
    Predicate<String> rare = Set.of("سلویو", "برلسکونی", "برلیسکونی", "آسٹریا", "آسٹیریا")::contains;
    List<List<Token>> sentences = List.of(tokens("جب سلویو برلسکونی آئے"),
        tokens("برلیسکونی کی حکومت"), tokens("آسٹریا اور آسٹیریا"));
    List<List<TagSet.TokenSpan>> spans = List.of(List.of(span(1, 3, EntityType.PERSON)),
        List.of(), List.of(span(0, 1, EntityType.LOCATION)));
    List<List<TagSet.TokenSpan>> carried = DocumentNames.carry(sentences, spans, rare);
    assertThat(carried.get(1)).containsExactly(span(0, 1, EntityType.PERSON));
    assertThat(carried.get(2))
        .containsExactly(span(0, 1, EntityType.LOCATION), span(2, 3, EntityType.LOCATION));
  }
}
