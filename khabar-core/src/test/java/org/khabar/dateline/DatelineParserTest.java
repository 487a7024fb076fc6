package org.khabar.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.normalize.UrduNormalizer;

class DatelineParserTest {

  private static Optional<Dateline> parse(String text) {
    return DatelineParser.parse(text, UrduNormalizer.normalize(text), LocalDate.of(2014, 12, 2));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "تہران (جیوڈیسک) ایران کے صدر|تہران|desk of Geo",
    "دبئی(اسپورٹس ڈیسک) پاکستان|دبئی|sports desk",
    "اسلام آباد (مانیٹرنگ ڈیسک) وزیر|اسلام آباد|monitoring desk",
    "میر پور(وقت نیوز) بنگلہ دیش|میر پور|newsroom of Waqt",
    "اسلام آباد(نمائندہ خصوصی) وزیر|اسلام آباد|special correspondent",
    "کراچی(اسٹاف رپورٹر)سندھ حکومت|کراچی|staff correspondent",
    "پشاور (نمائندگان خصوصی) صوبائی|پشاور|special correspondent",
    "کوئٹہ(آئی این پی) بلوچستان|کوئٹہ|agency INP",
    "اسلام آباد(این این آئی)وزیراعظم|اسلام آباد|agency NNI",
    "نیویارک(ویب ڈیسک)اقوام متحدہ|نیویارک|web desk",
    "نئی دہلی (یو این آئی) بھارتی|نئی دہلی|agency UNI",
    "لندن (انٹرنیشنل ڈیسک) برطانوی|لندن|international desk",
    "لاہور (بیورو رپورٹ) پنجاب|لاہور|bureau report",
    "کوئٹہ (نیوز ایجنسی) بلوچستان|کوئٹہ|agency (unnamed)",
    "کوئٹہ (بیورو چیف) بلوچستان|کوئٹہ|bureau correspondent",
    "پشاور( ہمارے نامہ نگار سے) صوبے|پشاور|correspondent",
    "اسلام آباد (ثناء نیوز) وزیراعظم|اسلام آباد|agency Sana News",
    "لندن (بی بی سی اردو ڈاٹ کام) برطانیہ|لندن|agency BBC Urdu",
    "کيپ ٹاؤن (ڈیلی افريقہ آن لائن) جنوبی|کیپ ٹاؤن|ڈیلی افريقہ آن لائن",
    "کراچی۔۔۔(نمائندہ خصوصی) شہر|کراچی|special correspondent",
    "لاہور...(اے پی پی) شہر|لاہور|agency APP",
    "لاہور (پ ر) ادارے|لاہور|press release",
    "اسلام آباد(انٹرنیشنل پریس ایجنسی)وزیر|اسلام آباد|agency IPA",
    "انقرہ (انادولو) ترک|انقرہ|agency Anadolu",
    "دوحہ(الجزیرہ)قطر|دوحہ|agency Al Jazeera",
    "واشنگٹن(ایجنسیز)امریکی|واشنگٹن|news agencies",
  })
  void placeAndSource(String text, String place, String source) {
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo(place);
    assertThat(d.sources().get(0).describe()).isEqualTo(source);
    assertThat(text.substring(d.placeStart(), d.placeEnd()).replace('ي', 'ی')).isEqualTo(place);
  }

  @Test
  void placeDateAndAgency() {
    String text = "ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("ڈھاکہ");
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(12, 1));
    assertThat(d.date()).isEqualTo(LocalDate.of(2014, 12, 1));
    assertThat(text.substring(d.dateStart(), d.dateEnd())).isEqualTo("یکم دسمبر");
    assertThat(d.sources().get(0).kind()).isEqualTo(Source.Kind.AGENCY);
    assertThat(d.sources().get(0).name()).isEqualTo("APP");
  }

  @Test
  void joinedDateAndSeveralSources() {
    Dateline d = parse("ممبئی ۔07ستمبر(اے پی پی) ممبئی").orElseThrow();
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(9, 7));
    assertThat(parse("اسلام آباد (خصوصی وقائع نگار ، نیوز ایجنسیاں) وزیر").orElseThrow().sources())
        .extracting(Source::describe).containsExactly("special correspondent", "news agencies");
  }

  @Test
  void noDatelineInASentenceOrFurtherDown() {
    assertThat(parse("بنگلہ دیش نے زمبابوے کو (پانچ) وکٹوں سے شکست دی")).isEmpty();
    assertThat(parse("خبر یہ ہے۔\nتہران (جیوڈیسک) ایران")).isEmpty();
    assertThat(parse("")).isEmpty();
    // brackets inside a sentence: a case marker follows them
    assertThat(parse("عمران خان (پی ٹی آئی) نے کہا کہ حکومت ناکام ہے۔")).isEmpty();
  }

  @Test
  void aHeadlineLineMayStandAboveTheDateline() {
    String text = "وزیراعظم کا دورہ چین\nاسلام آباد (اے پی پی) وزیراعظم آج چین روانہ ہوں گے۔";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("اسلام آباد");
    assertThat(text.substring(d.placeStart(), d.placeEnd())).isEqualTo("اسلام آباد");
    assertThat(d.sources().get(0).name()).isEqualTo("APP");
  }

  @Test
  void anEmDashBeforeTheBracketsIsNoPartOfThePlace() {
    Dateline d = parse("اسلام آباد — (اے پی پی) وزیراعظم نے").orElseThrow();
    assertThat(d.place()).isEqualTo("اسلام آباد");
  }

  @Test
  void aPlaceBeforeAColonIsADatelineWithoutASource() {
    String text = "اسلام آباد: وفاقی حکومت نے بجٹ پیش کر دیا";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("اسلام آباد");
    assertThat(d.hasSource()).isFalse();
    assertThat(d.source()).isNull();
    assertThat(d.sources()).isEmpty();
    assertThat(text.substring(d.start(), d.end())).isEqualTo("اسلام آباد:");
    Dateline dated = parse("کراچی ۔ 12 اکتوبر: شہر میں بارش").orElseThrow();
    assertThat(dated.place()).isEqualTo("کراچی");
    assertThat(dated.monthDay()).isEqualTo(MonthDay.of(10, 12));
  }

  @Test
  void aPlaceBeforeASpacedDashIsADatelineWithoutASource() {
    // VOA Urdu's style: «واشنگٹن — امریکی صدر ...»
    String text = "واشنگٹن — امریکی صدر نے کہا ہے کہ مذاکرات جاری رہیں گے";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("واشنگٹن");
    assertThat(d.hasSource()).isFalse();
    assertThat(text.substring(d.start(), d.end())).isEqualTo("واشنگٹن —");
    // a dash inside a word pair is no dateline's end: «پاک–بھارت»
    assertThat(parse("پاک–بھارت مذاکرات آج ہوں گے")).isEmpty();
    // a hyphen after a space, as many papers type it
    assertThat(parse("لاہور - وزیر اعلیٰ پنجاب نے اجلاس طلب کر لیا").orElseThrow().place())
        .isEqualTo("لاہور");
    assertThat(parse("لاہور -وزیر اعلیٰ پنجاب نے اجلاس طلب کر لیا").orElseThrow().place())
        .isEqualTo("لاہور");
    assertThat(parse("پاک-بھارت مذاکرات آج ہوں گے")).isEmpty();
  }

  @Test
  void aDateAtTheEndOfTheBracketsIsNoSource() {
    String text = "اسلام آباد (ویب ڈیسک، 12 جون 2017ء) وفاقی کابینہ کا اجلاس";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.source()).isEqualTo("ویب ڈیسک");
    assertThat(d.sources()).extracting(Source::describe).containsExactly("web desk");
    assertThat(d.date()).isEqualTo(LocalDate.of(2017, 6, 12));
    assertThat(text.substring(d.dateStart(), d.dateEnd())).isEqualTo("12 جون 2017ء");
    // without a year, the report's gives it
    Dateline noYear = parse("لاہور (نمائندہ خصوصی، یکم دسمبر) وزیر").orElseThrow();
    assertThat(noYear.date()).isEqualTo(LocalDate.of(2014, 12, 1));
    assertThat(noYear.source()).isEqualTo("نمائندہ خصوصی");
  }

  @Test
  void aYearBeforeTheBracketsAndADateAfterThem() {
    Dateline before = parse("ڈھاکہ ۔ یکم دسمبر 2013ء (اے پی پی) بنگلہ دیش نے").orElseThrow();
    assertThat(before.date()).isEqualTo(LocalDate.of(2013, 12, 1));
    String text = "اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء: قومی اسمبلی کا اجلاس";
    Dateline after = parse(text).orElseThrow();
    assertThat(after.date()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(text.substring(after.dateStart(), after.dateEnd())).isEqualTo("۱۲ جنوری ۲۰۲۴");
    assertThat(text.substring(after.start(), after.end())).endsWith("ء:");
    assertThat(after.sources()).extracting(Source::describe).containsExactly("agency APP");
    // a number after the brackets that begins the report is no date
    assertThat(parse("لاہور (اے پی پی) 12 افراد زخمی ہو گئے").orElseThrow().date()).isNull();
  }

  @Test
  void aDatedYearRightAfterTheBracketsBeforeTheFirstWord() {
    String text = "اسلام آباد(اے پی پی)30ستمبر2015ء وزیراعظم نے کہا";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(text.substring(d.end())).startsWith(" وزیراعظم");
    // a date the first sentence speaks of is no part of the dateline
    assertThat(parse("لاہور (اے پی پی) 30 ستمبر 2015ء کو اجلاس ہوا").orElseThrow().date())
        .isNull();
  }

  @Test
  void urduPointEndsItsBracketsWithAStopAndTheDate() {
    String text = "اسلام آباد (اُردو پوائنٹ اخبارتازہ ترین۔ 30 ستمبر 2015ء) وزیراعظم نے";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(d.sources()).extracting(Source::describe).containsExactly("newsroom of UrduPoint");
    Dateline agency = parse("لاہور (اردو پوائنٹ اخبار تازہ ترین-انٹرنیشنل پریس ایجنسی۔30ستمبر"
        + " 2015ء) وزیر").orElseThrow();
    assertThat(agency.sources()).extracting(Source::describe)
        .containsExactly("newsroom of UrduPoint", "agency IPA");
    assertThat(agency.date()).isEqualTo(LocalDate.of(2015, 9, 30));
  }

  @Test
  void aDatelineMayNameOnlyItsSource() {
    Dateline agency = parse("(اے پی پی) وزیراعظم نے کہا").orElseThrow();
    assertThat(agency.hasPlace()).isFalse();
    assertThat(agency.place()).isNull();
    assertThat(agency.sources()).extracting(Source::describe).containsExactly("agency APP");
    String text = "(اے پی پی) 12 جنوری 2024ء: قومی اسمبلی کا اجلاس";
    Dateline dated = parse(text).orElseThrow();
    assertThat(dated.date()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(text.substring(dated.start(), dated.end())).isEqualTo("(اے پی پی) 12 جنوری 2024ء:");
    assertThat(parse("ویب ڈیسک: وفاقی حکومت نے").orElseThrow().sources())
        .extracting(Source::describe).containsExactly("web desk");
    assertThat(parse("اسٹاف رپورٹر: وفاقی حکومت نے").orElseThrow().hasPlace()).isFalse();
  }

  @Test
  void aSourceBeforeAColonAfterThePlaceAndStops() {
    String text = "کراچی ۔۔۔ اسٹاف رپورٹر: شہر میں بارش";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("کراچی");
    assertThat(d.sources()).extracting(Source::describe).containsExactly("staff correspondent");
    assertThat(text.substring(d.start(), d.end())).isEqualTo("کراچی ۔۔۔ اسٹاف رپورٹر:");
    assertThat(parse("لاہور - نمائندہ خصوصی: پنجاب حکومت نے").orElseThrow().sources())
        .extracting(Source::describe).containsExactly("special correspondent");
    Dateline dated = parse("پشاور ۔ 12 جون ۔ اے پی پی: صوبائی حکومت").orElseThrow();
    assertThat(dated.monthDay()).isEqualTo(MonthDay.of(6, 12));
    assertThat(dated.sources()).extracting(Source::describe).containsExactly("agency APP");
    // a topic after the stops is no source
    assertThat(parse("کراچی ۔۔۔ بریکنگ نیوز: شہر میں بارش")).isEmpty();
    // (a dash dateline with no source, as «لاہور - وزیر اعلیٰ ...»)
    assertThat(parse("لاہور - چیف جسٹس: قانون سب کے لیے برابر ہے").orElseThrow().hasSource())
        .isFalse();
  }

  @Test
  void aTopicOrAPartyAtTheStartIsNoSource() {
    // a label before a colon that is no agency, desk or correspondent is a topic
    assertThat(parse("بریکنگ نیوز: قومی اسمبلی کا اجلاس").filter(d -> !d.hasPlace())).isEmpty();
    assertThat(parse("چیف جسٹس: قانون سب کے لیے برابر ہے").filter(d -> !d.hasPlace())).isEmpty();
    // brackets the sentence goes on after belong to it
    assertThat(parse("(پی ٹی آئی) نے احتجاج کا اعلان کیا")).isEmpty();
  }

  @Test
  void aColonDatelineWithADateAfterAComma() {
    Dateline d = parse("لاہور، 12 جون: وزیر اعلیٰ نے اجلاس طلب کر لیا۔").orElseThrow();
    assertThat(d.place()).isEqualTo("لاہور");
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(6, 12));
    assertThat(d.hasSource()).isFalse();
  }

  @Test
  void aCommaBeforeTheDateAndADateAloneInTheBrackets() {
    Dateline comma = parse("لاہور،12 جون (اے پی پی) وزیر اعلیٰ نے").orElseThrow();
    assertThat(comma.place()).isEqualTo("لاہور");
    assertThat(comma.monthDay()).isEqualTo(MonthDay.of(6, 12));
    Dateline alone = parse("لاہور ( 12 جون ) وزیر اعلیٰ نے").orElseThrow();
    assertThat(alone.monthDay()).isEqualTo(MonthDay.of(6, 12));
    assertThat(alone.hasSource()).isFalse();
    assertThat(alone.sources()).isEmpty();
    assertThat(parse("ملتان ( ) شہر").orElseThrow().hasSource()).isFalse();
  }

  @Test
  void aBylineNamesItsReporter() {
    Dateline d = parse("کراچی (رپورٹ: احمد علی) شہر میں بارش").orElseThrow();
    assertThat(d.place()).isEqualTo("کراچی");
    assertThat(d.sources()).extracting(Source::describe).containsExactly("احمد علی");
    assertThat(d.sources().get(0).written()).isEqualTo("رپورٹ: احمد علی");
  }

  @Test
  void aColonAfterASentenceOrALongPhraseIsNoDateline() {
    assertThat(parse("وزیر اعظم نے کہا: ملک ترقی کرے گا")).isEmpty();
    assertThat(parse("ایشیا کپ کے فائنل میں پاکستان کی ٹیم: کھلاڑیوں کے نام")).isEmpty();
    assertThat(parse("خبر یہ ہے۔\nاسلام آباد: وفاقی حکومت")).isEmpty();
  }

  @Test
  void aDatelineThatNamesSeveralPlacesKeepsEachByItself() {
    String text = "واشنگٹن/ بغداد (نیوز ایجنسیاں) امریکہ نے کہا";
    Dateline d = parse(text).orElseThrow();
    assertThat(d.place()).isEqualTo("واشنگٹن/ بغداد");
    assertThat(d.places()).extracting(Dateline.Place::text).containsExactly("واشنگٹن", "بغداد");
    assertThat(d.places()).extracting(p -> text.substring(p.start(), p.end()))
        .containsExactly("واشنگٹن", "بغداد");
    assertThat(parse("لاہور + اسلام آباد (وقائع نگار خصوصی) تحریک").orElseThrow().places())
        .extracting(Dateline.Place::text).containsExactly("لاہور", "اسلام آباد");
    assertThat(parse("بغداد، لندن اور واشنگٹن (مانیٹرنگ ڈیسک) داعش").orElseThrow().places())
        .extracting(Dateline.Place::text).containsExactly("بغداد", "لندن", "واشنگٹن");
    assertThat(parse("اسلام آباد (مانیٹرنگ ڈیسک) وزیر").orElseThrow().places()).isEmpty();
  }
}
