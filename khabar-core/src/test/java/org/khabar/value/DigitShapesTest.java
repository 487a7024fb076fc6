package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigitShapesTest {

  @Test
  void readsWholeGroupedAndDecimalNumbers() {
    assertThat(DigitShapes.number("35")).isEqualTo(Rational.of(35));
    assertThat(DigitShapes.number("2015ء")).isEqualTo(Rational.of(2015));
    assertThat(DigitShapes.number("1,000")).isEqualTo(Rational.of(1000));
    assertThat(DigitShapes.number("1,00,000")).isEqualTo(Rational.of(100000));
    assertThat(DigitShapes.number("1.4")).isEqualTo(Rational.of(7, 5));
    assertThat(DigitShapes.number("1۔5")).isEqualTo(Rational.of(3, 2));
    assertThat(DigitShapes.number("1,234.5")).isEqualTo(Rational.of(2469, 2));
  }

  @Test
  void refusesWhatIsNotOneNumber() {
    assertThat(DigitShapes.number("1,0000")).isNull();
    assertThat(DigitShapes.number("4:10")).isNull();
    assertThat(DigitShapes.number("2014-15")).isNull();
    assertThat(DigitShapes.number("1.2.3")).isNull();
    assertThat(DigitShapes.number(",5")).isNull();
  }

  @Test
  void readsClockTimes() {
    assertThat(DigitShapes.clock("4:10")).containsExactly(4, 10);
    assertThat(DigitShapes.clock("6.30")).containsExactly(6, 30);
    assertThat(DigitShapes.clock("6۔30")).containsExactly(6, 30);
    assertThat(DigitShapes.clock("6.5")).isNull();
    assertThat(DigitShapes.clock("25:00")).isNull();
    assertThat(DigitShapes.clock("10:75")).isNull();
  }

  @Test
  void readsDatesDayFirstOrYearFirst() {
    assertThat(DigitShapes.date("12/05/2015")).isEqualTo(LocalDate.of(2015, 5, 12));
    assertThat(DigitShapes.date("2015-05-12")).isEqualTo(LocalDate.of(2015, 5, 12));
    assertThat(DigitShapes.date("31.12.2016")).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(DigitShapes.date("31/02/2016")).isNull();
    assertThat(DigitShapes.date("12/05-2015")).isNull();
    assertThat(DigitShapes.date("2014-15")).isNull();
  }
}
