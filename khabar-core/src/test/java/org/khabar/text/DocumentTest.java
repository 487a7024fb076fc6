package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static final Key<String> NOTE = Key.of("note", String.class);
  private static final Key<Layer<CharSpan>> WORDS = Key.layer("words", CharSpan.class);

  @Test
  void withAddsALayerAndLeavesTheOriginalDocumentAsItWas() {
    Document plain = Document.of("d1", "کراچی میں بارش");
    Document noted = plain.with(NOTE, "موسم");
    assertThat(noted.get(NOTE)).isEqualTo("موسم");
    assertThat(noted.has(NOTE)).isTrue();
    assertThat(plain.has(NOTE)).isFalse();
    assertThat(noted.text()).isSameAs(plain.text());
    assertThat(noted.keys()).containsExactly(NOTE);
  }

  @Test
  void withRefusesToReplaceALayer() {
    Document noted = Document.of("d1", "متن").with(NOTE, "پہلا");
    assertThatThrownBy(() -> noted.with(NOTE, "دوسرا"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("d1")
        .hasMessageContaining("note");
    assertThat(noted.get(NOTE)).isEqualTo("پہلا");
  }

  @Test
  void withRefusesANullValue() {
    assertThatThrownBy(() -> Document.of("d1", "متن").with(NOTE, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void getNamesTheMissingLayerAndFindDoesNotFail() {
    Document plain = Document.of("d1", "متن");
    assertThatThrownBy(() -> plain.get(WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("words");
    assertThat(plain.find(WORDS)).isEmpty();
  }

  @Test
  void keysAreTheirOwnIdentityEvenWithTheSameName() {
    Key<String> other = Key.of("note", String.class);
    Document noted = Document.of("d1", "متن").with(NOTE, "ایک").with(other, "دو");
    assertThat(noted.get(NOTE)).isEqualTo("ایک");
    assertThat(noted.get(other)).isEqualTo("دو");
    assertThat(NOTE.name()).isEqualTo("note");
    assertThat(NOTE.valueType()).isEqualTo(String.class);
    assertThat(WORDS.valueType()).isEqualTo(CharSpan.class);
  }

  @Test
  void textOfGivesTheOriginalTextUnderASpan() {
    Document document = Document.of("d1", "کراچی میں بارش");
    Document withWords =
        document.with(WORDS, Layer.of(List.of(new CharSpan(0, 5), new CharSpan(10, 14)), 14));
    assertThat(withWords.get(WORDS)).extracting(withWords::textOf).containsExactly("کراچی", "بارش");
  }

  @Test
  void metadataIsKeptAndAbsentByDefault() {
    Metadata metadata = new Metadata("سرخی", LocalDate.of(2015, 9, 30), "اے پی پی");
    Document document = Document.of("d1", "متن", metadata);
    assertThat(document.metadata().headlineIfAny()).contains("سرخی");
    assertThat(document.metadata().withDate(LocalDate.of(2016, 1, 1)).date())
        .isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(Document.of("d2", "متن").metadata()).isEqualTo(Metadata.NONE);
    assertThat(Metadata.NONE.dateIfAny()).isEmpty();
    assertThat(Metadata.NONE.sourceIfAny()).isEmpty();
  }

  @Test
  void documentNeedsAnIdAndText() {
    assertThatThrownBy(() -> Document.of(null, "متن")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Document.of("d1", null)).isInstanceOf(NullPointerException.class);
  }
}
