package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    Document doc = UrduPipeline.tokens().apply(Document.of("t", text));
    return QuoteMarks.find(doc).stream().map(doc::textOf).toList();
  }

  @Test
  void theSameMarkOpensAndCloses() {
    assertThat(quoted("اسدی فوج کی ”دہشت گردوں” کے خلاف")).containsExactly("دہشت گردوں");
  }

  @Test
  void reversedMarksAndNesting() {
    assertThat(quoted("بتایا کہ’ پانچ دن کام سے بچت ہوگی‘۔")).containsExactly("پانچ دن کام سے بچت ہوگی");
    assertThat(quoted("کہا ”ہم ’ایران‘ کے ساتھ ہیں”")).containsExactly("ہم ’ایران‘ کے ساتھ ہیں", "ایران");
  }

  @Test
  void anUnclosedQuoteRunsToTheParagraphsEnd() {
    assertThat(quoted("کہا کہ ”فتح ہوئی۔ہمیں روکنا ہو گا۔\nصدر پوتین نے")).containsExactly("فتح ہوئی۔ہمیں روکنا ہو گا۔");
  }
}
