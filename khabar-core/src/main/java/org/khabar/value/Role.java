package org.khabar.value;

/**
 * What a word can do in a number, date or time expression: the kinds of the value lexicon ({@code
 * number-words.tsv}, built from CLDR, and {@code value-words.tsv}, written by hand). A word may
 * have several roles: ہفتہ is a weekday and a unit (week), سو a multiplier and, to the grammar, a
 * word to be careful with.
 */
enum Role {
  /** 0-99: پینتیس. */
  CARDINAL,
  /** سو، ہزار، لاکھ، کروڑ، ارب، کھرب. */
  MULTIPLIER,
  /** اعشاریہ: the decimal point in words (چودہ اعشاریہ چار = 14.4). */
  DECIMAL_POINT,
  /** پہلا، دوسرے، اکیسویں. */
  ORDINAL,
  /** The suffix of an ordinal written with digits: 18واں، 18 ویں. */
  ORDINAL_SUFFIX,
  /** یکم: the first day of a month. */
  DAY_ONE,
  /** A fraction that stands alone: ڈیڑھ، ڈھائی، آدھا. */
  FRACTION,
  /** A part of the count before it: تہائی، چوتھائی. */
  PART,
  /** A prefix that changes the count after it: ساڑھے، سوا، پونے. */
  PREFIX,
  /** قریبا، تقریبا، لگ بھگ، کم از کم before a number. */
  APPROX_BEFORE,
  /** سے زائد، سے زیادہ، کے لگ بھگ after a number. */
  APPROX_AFTER,
  /** جنوری ... دسمبر. */
  MONTH,
  /** محرم ... ذوالحجہ. */
  HIJRI_MONTH,
  /** ھ، ہجری after a Hijri year. */
  HIJRI_MARKER,
  /** اتوار ... ہفتہ. */
  WEEKDAY,
  /** بروز before a weekday. */
  DATE_PREFIX,
  /** مالی before سال in a fiscal year: مالی سال 2016-17. */
  FISCAL,
  /** صبح، دوپہر، سہ پہر، شام، رات، شب. */
  DAY_PART,
  /** درمیانی شب: the night between two days. */
  NIGHT_BETWEEN,
  /** بجے: o'clock. */
  OCLOCK,
  /** بج کر: past the hour (دس بج کر پندرہ منٹ). */
  BAJ_KAR,
  /** منٹ. */
  MINUTE,
  /** ء، عیسوی after a year. */
  YEAR_MARKER,
  /** سنہ، سن before a year (and سال، برس, weaker). */
  ERA,
  /** دہائی: 1990 کی دہائی. */
  DECADE,
  /** صدی: اکیسویں صدی. */
  CENTURY,
  /** آج، کل، پرسوں، and آج کل (nowadays), which is not a date. */
  RELATIVE,
  /** گزشتہ، اگلے، اسی before a unit: گزشتہ سال. */
  MODIFIER,
  /** روز، دن، ہفتہ، ماہ، سال، برس. */
  UNIT,
  /** قبل، پہلے after a count of units: دو روز قبل. */
  AGO,
  /** Nouns after کل that make it 'total': کل تعداد. */
  TOTAL_NOUN,
  /** Words before ایک that make it a number: صرف ایک. */
  ONLY,
  /** Words after an ambiguous number word that make it a count: سو فیصد. */
  COUNTED_NOUN,
  /** Words after پہلے، دوسرا that make them ordinals: دوسرے مرحلے. */
  ORDINAL_NOUN,
  /** Words after سو that make it the verb 'sleep': سو گئے. */
  SLEEP_NEXT,
  /** Words after نو that make it 'new': نو منتخب. */
  NEW_NEXT,
  /** Words before نو that make it 'new': از سر نو، سال نو. */
  NEW_PREV,
  /** Words before بیس that make it 'base': ایئر بیس. */
  BASE_PREV,
  /** Words after بیس that make it 'base': بیس کیمپ. */
  BASE_NEXT,
  /** Words before دو that make it the verb 'give': ہونے دو. */
  GIVE_PREV,
  /** Past-tense verbs and auxiliaries: تھا، گیا، کہا، نے. */
  PAST_VERB,
  /** Future auxiliaries: گا، گی، گے، ہوگا. */
  FUTURE_VERB;

  final long bit() {
    return 1L << ordinal();
  }
}
