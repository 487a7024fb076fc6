package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

class ValueLexiconTest {

  private final ValueLexicon lexicon = ValueLexicon.get();

  @Test
  void knowsTheCldrWordsAndTheVariants() {
    assertThat(lexicon.info("پینتیس").cardinal).isEqualTo(35);
    assertThat(lexicon.info("اکاون").cardinal).isEqualTo(51); // a variant of اکیاون
    assertThat(lexicon.info("ستر").cardinal).isEqualTo(70); // ستّر, normalized
    assertThat(lexicon.info("کروڑ").multiplier).isEqualTo(10_000_000L);
  }

  @Test
  void makesOrdinalsFromTenOnFromEveryCardinalSpelling() {
    assertThat(lexicon.info("اکیسویں").ordinal).isEqualTo(21);
    assertThat(lexicon.info("اکاونواں").ordinal).isEqualTo(51);
    assertThat(lexicon.info("دوسرے").ordinal).isEqualTo(2); // from CLDR's three forms
  }

  @Test
  void splitsGluedNumberWordsOnly() {
    assertThat(lexicon.splitGlued("دوہزارچھ")).containsExactly("دو", "ہزار", "چھ");
    assertThat(lexicon.splitGlued("سواڑسٹھ")).containsExactly("سو", "اڑسٹھ");
    assertThat(lexicon.splitGlued("چاربجے")).containsExactly("چار", "بجے");
    assertThat(lexicon.splitGlued("دودھ")).isNull(); // milk
    assertThat(lexicon.splitGlued("سوال")).isNull(); // question
    assertThat(lexicon.splitGlued("دوتین")).isNull(); // no multiplier: not a number
  }

  @Test
  void makesAPhraseOneWordAndAGluedWordSeveral() {
    Document document =
        UrduPipeline.tokens().apply(Document.of("t", "3000 سے زائد دوہزارچھ"));
    var tokens = document.get(Token.LAYER);

    Words words = Words.of(tokens, 0, tokens.size());

    assertThat(words.size()).isEqualTo(5);
    assertThat(words.norm(1)).isEqualTo("سے زائد");
    assertThat(words.info(1).approximation).isEqualTo(Approximation.MORE_THAN);
    assertThat(words.end(1)).isEqualTo("3000 سے زائد".length());
    assertThat(words.startsToken(2)).isTrue();
    assertThat(words.startsToken(3)).isFalse();
    assertThat(words.endsToken(4)).isTrue();
    assertThat(words.start(3)).isEqualTo(words.start(2));
  }

  @Test
  void theTenseDecidesBetweenYesterdayAndTomorrow() {
    assertThat(ValueParser.date("وزیر اعظم نے کل خطاب کیا", LocalDate.of(2016, 12, 25)).orElseThrow().canonical())
        .isEqualTo("2016-12-24");
    assertThat(ValueParser.date("وزیر اعظم کل خطاب کریں گے", LocalDate.of(2016, 12, 25)).orElseThrow().canonical())
        .isEqualTo("2016-12-26");
  }
}
