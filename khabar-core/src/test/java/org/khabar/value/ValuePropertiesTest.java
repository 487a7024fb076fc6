package org.khabar.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.khabar.UrduPipeline;
import org.khabar.entity.Entity;
import org.khabar.text.Document;
import org.khabar.text.Layer;
import org.khabar.text.Metadata;
import org.khabar.value.DateRelation.Direction;

class ValuePropertiesTest {

  /** The Urdu words for 0-99, written here independently of the lexicon. */
  private static final String[] UNITS = {
    "صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو",
    "دس", "گیارہ", "بارہ", "تیرہ", "چودہ", "پندرہ", "سولہ", "سترہ", "اٹھارہ", "انیس",
    "بیس", "اکیس", "بائیس", "تئیس", "چوبیس", "پچیس", "چھبیس", "ستائیس", "اٹھائیس", "انتیس",
    "تیس", "اکتیس", "بتیس", "تینتیس", "چونتیس", "پینتیس", "چھتیس", "سینتیس", "اڑتیس", "انتالیس",
    "چالیس", "اکتالیس", "بیالیس", "تینتالیس", "چوالیس", "پینتالیس", "چھیالیس", "سینتالیس", "اڑتالیس", "انچاس",
    "پچاس", "اکیاون", "باون", "ترپن", "چون", "پچپن", "چھپن", "ستاون", "اٹھاون", "انسٹھ",
    "ساٹھ", "اکسٹھ", "باسٹھ", "تریسٹھ", "چونسٹھ", "پینسٹھ", "چھیاسٹھ", "سڑسٹھ", "اڑسٹھ", "انہتر",
    "ستر", "اکہتر", "بہتر", "تہتر", "چوہتر", "پچھتر", "چھہتر", "ستتر", "اٹھہتر", "اناسی",
    "اسی", "اکیاسی", "بیاسی", "تراسی", "چوراسی", "پچاسی", "چھیاسی", "ستاسی", "اٹھاسی", "نواسی",
    "نوے", "اکیانوے", "بانوے", "ترانوے", "چورانوے", "پچانوے", "چھیانوے", "ستانوے", "اٹھانوے", "ننانوے"
  };

  private static final String[] MONTHS = {
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"
  };

  /** {@code n} in Urdu words, in the South Asian system: ارب، کروڑ، لاکھ، ہزار، سو. */
  static List<String> urduWords(long n) {
    List<String> words = new ArrayList<>();
    if (n == 0) {
      words.add(UNITS[0]);
      return words;
    }
    long[] scale = {1_000_000_000L, 10_000_000L, 100_000L, 1_000L, 100L};
    String[] names = {"ارب", "کروڑ", "لاکھ", "ہزار", "سو"};
    long[] size = {100, 100, 100, 100, 10};
    long rest = n;
    for (int k = 0; k < scale.length; k++) {
      long count = rest / scale[k];
      if (k == 0 && count >= size[k]) {
        throw new IllegalArgumentException("too large: " + n);
      }
      if (count > 0) {
        words.add(UNITS[(int) count]);
        words.add(names[k]);
      }
      rest %= scale[k];
    }
    if (rest > 0) {
      words.add(UNITS[(int) rest]);
    }
    return words;
  }

  @Property
  void everyNumberInWordsParsesBackToItself(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long n) {
    String words = String.join(" ", urduWords(n));

    assertThat(ValueParser.number(words)).as(words).contains(NumberValue.of(n));
  }

  @Property(tries = 300)
  void gluedHundredsAndThousandsParseBack(@ForAll @IntRange(min = 100, max = 99_999) int n) {
    String glued = String.join("", urduWords(n));

    assertThat(ValueParser.number(glued)).as(glued).contains(NumberValue.of(n));
  }

  @Property
  void groupedDigitsParseBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    assertThat(ValueParser.number(String.format("%,d", n))).contains(NumberValue.of(n));
  }

  @Property(tries = 300)
  void aWrittenDateParsesBack(
      @ForAll("dates") LocalDate date, @ForAll boolean digits, @ForAll boolean spaceBeforeYear) {
    String day = digits ? Integer.toString(date.getDayOfMonth()) : UNITS[date.getDayOfMonth()];
    String text =
        day + " " + MONTHS[date.getMonthValue() - 1] + (spaceBeforeYear ? " " : "") + date.getYear() + "ء";

    assertThat(ValueParser.date(text, null)).as(text).contains(DateValue.day(date));
  }

  @Property(tries = 300)
  void aWeekdayInThePastIsTheLastSuchDayOnOrBeforeTheReport(
      @ForAll("dates") LocalDate report, @ForAll DayOfWeek weekday) {
    DateValue value =
        DateResolver.resolve(
            DateValue.unresolved(DatePrecision.DAY, DateRelation.weekday(weekday, Direction.BEFORE)),
            report);

    LocalDate day = value.firstDay().orElseThrow();
    assertThat(day.getDayOfWeek()).isEqualTo(weekday);
    assertThat(ChronoUnit.DAYS.between(day, report)).isBetween(0L, 6L);
  }

  @Property(tries = 300)
  void theGrammarNeverThrowsAndItsSpansLieInTheTextInOrder(@ForAll("texts") String text) {
    Document document =
        UrduPipeline.tokens()
            .apply(Document.of("t", text, new Metadata(null, LocalDate.of(2016, 12, 25), null)));

    List<Entity> found = new ValueGrammar().find(document);

    Layer<Entity> layer = Layer.of(found, text.length()); // checks bounds, order, no overlap
    assertThat(layer).allSatisfy(e -> assertThat(e.value()).isNotNull());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 200 * 365)
        .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
  }

  /** Value words, lookalikes, digits, marks and random characters, in any order. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "ایک", "دو", "سو", "ہزار", "لاکھ", "کروڑ", "ارب", "ڈیڑھ", "ڈھائی", "سوا", "پونے",
            "ساڑھے", "تہائی", "چوتھائی", "اعشاریہ", "قریبا", "تقریباً", "لگ", "بھگ", "سے", "زائد",
            "کم", "از", "ستمبر", "مارچ", "2015ء", "ء", "سنہ", "سن", "اتوار", "ہفتے", "اور", "کی",
            "درمیانی", "شب", "کل", "آج", "گزشتہ", "روز", "اسی", "ہفتہ", "کو", "صبح", "شام", "رات",
            "بجے", "بج", "کر", "منٹ", "30", "12/05/2015", "6.30", "4:10", "1,000", "۳۵", "18",
            "واں", "ویں", "یکم", "ربیع", "الاول", "ھ", "صدی", "دہائی", "قبل", "نے", "گا", "تھا",
            "۔", "،", "(", ")", "\n", "دوہزارچھ", "چاربجے", "ستمبر2015ء", "نو", "منتخب");
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(4);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, words), net.jqwik.api.Tuple.of(1, noise), net.jqwik.api.Tuple.of(1, any));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\u200C", "  ");
    return Combinators.combine(piece, separator)
        .as((p, s) -> p + s)
        .list()
        .ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }
}
