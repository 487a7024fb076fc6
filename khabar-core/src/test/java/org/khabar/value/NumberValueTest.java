package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberValueTest {

  @Test
  void wholeNumbersAreWrittenPlainly() {
    assertThat(NumberValue.of(35000).canonical()).isEqualTo("35000");
    assertThat(NumberValue.of(new BigDecimal("1.4E9")).canonical()).isEqualTo("1400000000");
  }

  @Test
  void fractionsWithADecimalFormAreDecimals() {
    assertThat(NumberValue.fraction(9, 4).canonical()).isEqualTo("2.25"); // سوا دو
    assertThat(NumberValue.fraction(1, 4).canonical()).isEqualTo("0.25"); // چوتھائی
    assertThat(NumberValue.of(new BigDecimal("168.50")).canonical()).isEqualTo("168.5");
  }

  @Test
  void otherFractionsStayFractionsInLowestTerms() {
    NumberValue third = NumberValue.fraction(2, 6);

    assertThat(third.canonical()).isEqualTo("1/3"); // ایک تہائی
    assertThat(third.isDecimal()).isFalse();
    assertThat(third.decimal()).isEqualByComparingTo("0.3333333333333333");
    assertThat(third).isEqualTo(NumberValue.fraction(1, 3));
  }

  @Test
  void anOrdinalHasTheSameCanonicalForm() {
    NumberValue eighteenth = NumberValue.of(18).asOrdinal(); // 18واں

    assertThat(eighteenth.ordinal()).isTrue();
    assertThat(eighteenth.canonical()).isEqualTo("18");
  }

  @Test
  void aQualifierMakesTheNumberApproximate() {
    NumberValue about = NumberValue.of(35000).qualified(Approximation.ABOUT, "قریبا");

    assertThat(about.approximate()).isTrue();
    assertThat(about.canonical()).isEqualTo("35000");
    assertThat(NumberValue.of(35000).approximate()).isFalse();
  }

  @Test
  void aQualifierGoesWithAnApproximationOnly() {
    assertThatThrownBy(() -> NumberValue.of(3).qualified(Approximation.EXACT, "قریبا"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NumberValue.of(3).qualified(Approximation.ABOUT, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
