package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khabar.value.DateRelation.Direction;
import org.khabar.value.DateRelation.Unit;

class DateValueTest {

  @Test
  void isWrittenAtItsPrecision() {
    assertThat(DateValue.day(LocalDate.of(2015, 9, 30)).canonical()).isEqualTo("2015-09-30");
    assertThat(DateValue.month(2015, 9).canonical()).isEqualTo("2015-09");
    assertThat(DateValue.year(2012).canonical()).isEqualTo("2012");
    assertThat(DateValue.decade(1990).canonical()).isEqualTo("199");
    assertThat(DateValue.century(2000).canonical()).isEqualTo("20");
  }

  @Test
  void decadesAndCenturiesSayWhatTheirShortValuesMean() {
    // «1990 کی دہائی» is TIMEX3's 199, «اکیسویں صدی» its 20: a reader is told the years
    assertThat(DateValue.decade(1990).toString()).isEqualTo("199 (the 1990s)");
    assertThat(DateValue.century(2000).toString()).isEqualTo("20 (the years 2000-2099)");
    assertThat(DateValue.year(2012).toString()).isEqualTo("2012");
  }

  @Test
  void aWeekIsItsIsoWeekEvenAcrossTheYear() {
    assertThat(DateValue.week(LocalDate.of(2016, 12, 25)).canonical()).isEqualTo("2016-W51");
    assertThat(DateValue.week(LocalDate.of(2016, 1, 1)).canonical()).isEqualTo("2015-W53");
    assertThat(DateValue.week(LocalDate.of(2016, 12, 25)).firstDay())
        .contains(LocalDate.of(2016, 12, 19));
  }

  @Test
  void aPartOfTheDayIsAddedAsInTimex() {
    DateValue night = DateValue.day(LocalDate.of(2016, 12, 24)).withDayPart(DayPart.NIGHT);

    assertThat(night.canonical()).isEqualTo("2016-12-24TNI");
  }

  @Test
  void anUnresolvedWeekdayKeepsItsRelation() {
    DateValue sunday =
        DateValue.unresolved(
            DatePrecision.DAY, DateRelation.weekday(DayOfWeek.SUNDAY, Direction.BEFORE));

    assertThat(sunday.resolved()).isFalse();
    assertThat(sunday.firstDay()).isEmpty();
    assertThat(sunday.canonical()).isEqualTo("XXXX-WXX-7");
    assertThat(sunday.relation().describe()).isEqualTo("the Sunday on or before the report date");
  }

  @Test
  void anUnresolvedRelativeDayIsWrittenAsAnOffset() {
    assertThat(DateValue.unresolved(DatePrecision.DAY, DateRelation.fromReport(Unit.DAY, -1)).canonical())
        .isEqualTo("REF-P1D"); // گزشتہ روز
    DateRelation kal = new DateRelation(DateRelation.Anchor.REPORT, Unit.DAY, 1, Direction.EITHER, null);
    assertThat(DateValue.unresolved(DatePrecision.DAY, kal).canonical()).isEqualTo("REF±P1D");
    assertThat(kal.describe()).isEqualTo("1 day before or after the report date");
  }

  @Test
  void aDayWithoutItsYearShowsWhatIsKnown() {
    DateValue firstOfDecember = new DateValue(DatePrecision.DAY, 0, 12, 1, null, null, null);

    assertThat(firstOfDecember.canonical()).isEqualTo("XXXX-12-01"); // یکم دسمبر
    assertThat(firstOfDecember.resolved()).isFalse();
  }
}
