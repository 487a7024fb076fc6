package org.khabar.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.khabar.UrduStrings;

class NormalizerPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return UrduStrings.texts();
  }

  @Property
  void normalizingAWordTwiceEqualsNormalizingItOnce(@ForAll("texts") String text) {
    String once = UrduNormalizer.normalizeWord(text);
    assertThat(UrduNormalizer.normalizeWord(once)).isEqualTo(once);
    assertThat(UrduNormalizer.isNormalized(once)).isTrue();
  }

  @Property
  void normalizingATextTwiceEqualsNormalizingItOnce(@ForAll("texts") String text) {
    String once = UrduNormalizer.normalize(text).text();
    assertThat(UrduNormalizer.normalize(once).text()).isEqualTo(once);
  }

  @Property
  void theWordFormAndTheTextFormAgree(@ForAll("texts") String text) {
    assertThat(UrduNormalizer.normalizeWord(text)).isEqualTo(UrduNormalizer.normalize(text).text());
    StringBuilder out = new StringBuilder();
    UrduNormalizer.normalize(text.toCharArray(), text.length(), out);
    assertThat(out.toString()).isEqualTo(UrduNormalizer.normalize(text).text());
  }

  @Property
  void theOffsetMapIsMonotonicAndInsideTheOriginal(@ForAll("texts") String text) {
    NormalizedText normalized = UrduNormalizer.normalize(text);
    NormalizedText.Mapper mapper = normalized.mapper();
    int previous = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      int start = normalized.originalStart(i);
      assertThat(start).isBetween(previous, text.length());
      assertThat(mapper.start(i)).isEqualTo(start);
      assertThat(normalized.originalEnd(i)).isEqualTo(start);
      previous = start;
    }
    assertThat(normalized.originalEnd(normalized.length())).isEqualTo(text.length());
  }

  @Property
  void normalizationNeverGrowsTheTextExceptByExpansions(@ForAll("texts") String text) {
    // only ۓ, ے + ٔ and a few ligatures expand, at most to four letters each
    assertThat(UrduNormalizer.normalize(text).length()).isLessThanOrEqualTo(4 * text.length());
  }
}
