package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.coref.EntityClusters;
import org.khabar.text.Document;

/** The reporting rules on short texts, without entities (speakers from noun phrases). */
class StatementRulesTest {

  private static List<String> statements(Document doc) {
    return doc.get(Statement.LAYER).stream().map(doc::textOf).toList();
  }

  private static String speakerOf(Document doc, int i) {
    Statement s = doc.get(Statement.LAYER).get(i);
    return s.hasSpeaker() ? doc.get(EntityClusters.KEY).clusters().get(s.speaker()).name() : null;
  }

  @Test
  void reportingVerbsAndAttribution() {
    Document doc = Analyzed.analyze("پولیس حکام کے مطابق دھماکے میں کوئی ہلاک نہیں ہوا۔ "
        + "ترجمان نجیب دانش نے کہا ہے کہ ڈرائیور زخمی ہوا۔ مبصرین کہتے ہیں کہ پیغام واضح ہے۔");
    assertThat(statements(doc)).containsExactly(
        "دھماکے میں کوئی ہلاک نہیں ہوا", "ڈرائیور زخمی ہوا", "پیغام واضح ہے");
    assertThat(speakerOf(doc, 1)).isEqualTo("نجیب دانش");
    assertThat(speakerOf(doc, 2)).isEqualTo("مبصرین");
  }

  @Test
  void aStanceIsAStatementHoweverItIsSpelled() {
    // «موقف» and «مؤقف»: the stance of, held (کا ... تھا کہ) or taken (اختیار کیا کہ)
    Document doc = Analyzed.analyze("عمر ایوب کا مؤقف تھا کہ فیصلہ غلط ہے۔ "
        + "وکیل نے موقف اختیار کیا کہ گرفتاری غیر قانونی ہے۔");
    assertThat(statements(doc)).containsExactly("فیصلہ غلط ہے", "گرفتاری غیر قانونی ہے");
  }

  @Test
  void negatedAndFramingExpressionsAreNoStatements() {
    Document doc = Analyzed.analyze("انہوں نے یہ نہیں بتایا کہ وہ کب آئیں گے۔ "
        + "تفصیلات کے مطابق میچ پیر کو ہوا۔ واضح رہے کہ بارش ہوئی۔");
    assertThat(statements(doc)).isEmpty();
  }

  @Test
  void aTitleAloneAndAPronounFindTheirPerson() {
    Document doc = Analyzed.analyze("وزیر اعظم نواز شریف نے کہا کہ انتخابات ہوں گے۔ "
        + "وزیر اعظم نے کہا کہ نظام مکمل نہیں ہوتا۔ انہوں نے کہا کہ آئین لازم ہے۔");
    assertThat(speakerOf(doc, 0)).isEqualTo("نواز شریف");
    assertThat(speakerOf(doc, 1)).isEqualTo("نواز شریف");
    assertThat(speakerOf(doc, 2)).isEqualTo("نواز شریف");
  }

  @Test
  void aVerbWrittenJoinedToItsAuxiliariesStillReports() {
    Document doc = Analyzed.analyze("ترجمان نجیب دانش نے کہاہے کہ ڈرائیور زخمی ہوا۔ "
        + "مبصرین نے بتایاتھاکہ پیغام واضح ہے۔ پولیس کی طرف سے کہاگیاہے کہ سڑک بند ہے۔");
    assertThat(statements(doc)).containsExactly(
        "ڈرائیور زخمی ہوا", "پیغام واضح ہے", "سڑک بند ہے");
    assertThat(speakerOf(doc, 0)).isEqualTo("نجیب دانش");
    assertThat(speakerOf(doc, 1)).isEqualTo("مبصرین");
  }

  @Test
  void aVerbWrittenJoinedToItsErgativeStillReports() {
    Document doc = Analyzed.analyze("اپوزیشن لیڈر خورشید شاہ نےکہاکہ حکومت ناکام ہو چکی ہے۔ "
        + "ان کاکہناتھاکہ ذمہ داری پوری کی جائے۔ ترجمان نےبتایا کہ دو افراد زخمی ہوئے۔");
    assertThat(statements(doc)).containsExactly(
        "حکومت ناکام ہو چکی ہے", "ذمہ داری پوری کی جائے", "دو افراد زخمی ہوئے");
    assertThat(speakerOf(doc, 0)).isEqualTo("خورشید شاہ");
    assertThat(speakerOf(doc, 1)).isEqualTo("خورشید شاہ");
  }

  @Test
  void aQuotationWrittenOrToldWithoutKe() {
    Document doc = Analyzed.analyze("ترجمان نجیب دانش نے ٹوئٹر پر لکھا:\"ہمارے پاس وقت کم ہے\"۔ "
        + "مبصرین نے بتایا ”پیغام واضح ہے“۔ انہوں نے خط لکھا تھا۔");
    assertThat(statements(doc)).containsExactly("ہمارے پاس وقت کم ہے", "پیغام واضح ہے");
    assertThat(speakerOf(doc, 0)).isEqualTo("نجیب دانش");
    assertThat(speakerOf(doc, 1)).isEqualTo("مبصرین");
  }

  @Test
  void aQuotationBeforeItsSpeakerAndTheOneItWasSaidTo() {
    // «’...‘، پولیس حکام نے صحافیوں کو بتایا»: the police officials told journalists
    Document doc = Analyzed.analyze("دھماکہ صبح ہوا۔ ’ہم کسی دباؤ میں نہیں آئیں گے‘، پولیس حکام نے"
        + " صحافیوں کو بتایا۔ ’یہ بہت بڑا سانحہ ہے اور ہم دکھی ہیں‘، مبصرین نے کل شام ٹی وی پر سب کو"
        + " بتایا۔");
    assertThat(statements(doc)).containsExactly("ہم کسی دباؤ میں نہیں آئیں گے");
    assertThat(speakerOf(doc, 0)).isEqualTo("پولیس حکام");
  }

  @Test
  void aQuotationBeforeItsSpeakerAndTheOccasion() {
    // «"..."، وزیر خارجہ نے صحافیوں سے گفتگو کرتے ہوئے کہا»: said talking to journalists;
    // «"..."،انہوں نے یہ بات ... کہی»: he said this, addressing a meeting
    Document doc = Analyzed.analyze("\"ہم کسی دباؤ میں نہیں آئیں گے\"، وزیر خارجہ اسحاق ڈار نے"
        + " صحافیوں سے گفتگو کرتے ہوئے کہا۔ \"جرائم پیشہ عناصر کے خلاف کارروائی ہوگی\"،انہوں نے یہ"
        + " بات جمعرات کو ایک اجلاس سے خطاب کرتے ہوئے کہی۔");
    assertThat(statements(doc)).containsExactly(
        "ہم کسی دباؤ میں نہیں آئیں گے", "جرائم پیشہ عناصر کے خلاف کارروائی ہوگی");
    assertThat(speakerOf(doc, 0)).isEqualTo("اسحاق ڈار");
    assertThat(speakerOf(doc, 1)).isEqualTo("اسحاق ڈار");
  }

  @Test
  void aQuotationBeforeThisMatterItsSpeakerAndTheOccasion() {
    // «’...‘، یہ بات X نے ... کہی»: this was said by X, «یہ بات» put first
    Document doc = Analyzed.analyze("’ہم ہار نہیں مانیں گے‘، یہ بات بلاول بھٹو زرداری نے جلسے سے"
        + " خطاب کرتے ہوئے کہی۔");
    assertThat(statements(doc)).containsExactly("ہم ہار نہیں مانیں گے");
    assertThat(speakerOf(doc, 0)).isEqualTo("بلاول بھٹو زرداری");
  }

  @Test
  void aShortQuotationOpeningASentenceWithItsSpeakerAfterACommaIsAStatement() {
    // «"یہ بڑی کامیابی ہے"،ترجمان نے کہا»; a short quotation inside a sentence stays a scare quote
    Document doc = Analyzed.analyze("پولیس نے ملزمان گرفتار کر لیے۔\"یہ بڑی کامیابی ہے\"،ترجمان نے"
        + " کہا۔ انہوں نے ”دہشت گردوں“ کو شکست دی، وزیر نے کہا۔");
    assertThat(statements(doc)).containsExactly("یہ بڑی کامیابی ہے");
    assertThat(speakerOf(doc, 0)).isEqualTo("ترجمان");
  }

  @Test
  void aVerbWithAnOccasionThatReportsWhatFollowsClaimsNoQuotationBefore() {
    // «’...‘ بی بی سی سے بات کرتے ہوئے حسن نے کہا کہ ...»: the quotation is not claimed
    Document doc = Analyzed.analyze("’برطانیہ انھیں تحفظ دینے میں ناکام رہا ہے‘ واٹس ایپ کال پر"
        + " بی بی سی سے بات کرتے ہوئے حسن نے کہا کہ ان کو اب یاد نہیں۔");
    assertThat(statements(doc)).containsExactly("ان کو اب یاد نہیں");
  }

  @Test
  void aPositionTakenIsAStatement() {
    // «وکیل نے موقف اختیار کیا کہ»: the lawyer took the position that
    Document doc = Analyzed.analyze("درخواست گزار کے وکیل نے موقف اختیار کیا کہ بجلی غائب رہتی ہے۔");
    assertThat(statements(doc)).containsExactly("بجلی غائب رہتی ہے");
    assertThat(speakerOf(doc, 0)).isEqualTo("درخواست گزار کے وکیل");
  }

  @Test
  void theViewsExpressedAreTheSentenceBefore() {
    // «ان خیالات کا اظہار X نے ... کیا»: these views were expressed by X
    Document doc = Analyzed.analyze("لاہور (نمائندہ خصوصی) ملک میں جمہوریت کو کوئی خطرہ نہیں۔ ان"
        + " خیالات کا اظہار وفاقی وزیر اطلاعات عطا اللہ تارڑ نے لاہور میں پریس کانفرنس سے خطاب"
        + " کرتے ہوئے کیا۔");
    assertThat(statements(doc)).containsExactly("ملک میں جمہوریت کو کوئی خطرہ نہیں");
    assertThat(speakerOf(doc, 0)).isEqualTo("عطا اللہ تارڑ");
  }

  @Test
  void theViewsOfAStatementAlreadyAttributedAreNotTakenTwice() {
    Document doc = Analyzed.analyze("وزیراعظم نے کہا ہے کہ معیشت بہتر ہو رہی ہے۔ ان خیالات کا اظہار"
        + " انہوں نے منگل کو ایک تقریب سے خطاب کرتے ہوئے کیا۔");
    assertThat(statements(doc)).containsExactly("معیشت بہتر ہو رہی ہے");
  }

  @Test
  void whoIssuedTheDocumentInWhichItWasSaid() {
    // «سفارتخانے نے ایک بیان جاری کیا جس میں کہا گیا کہ ...»: the embassy said it
    Document doc = Analyzed.analyze("امریکی سفارتخانے نے ایک بیان جاری کیا جس میں کہا گیا کہ"
        + " امریکہ عوام کے ساتھ کھڑا ہے۔ ایک کتاب لکھی گئی جس میں کہا گیا کہ جنگ ختم ہو گی۔");
    assertThat(statements(doc)).containsExactly("امریکہ عوام کے ساتھ کھڑا ہے", "جنگ ختم ہو گی");
    assertThat(speakerOf(doc, 0)).isEqualTo("امریکی سفارتخانے");
    assertThat(speakerOf(doc, 1)).isNull();
  }

  @Test
  void joinedVerbsAreSplitOnlyWhenAVerbIsLeft() {
    assertThat(ReportingLexicon.joinedVerb("کہاہے"))
        .isEqualTo(new ReportingLexicon.JoinedVerb("کہا", false));
    assertThat(ReportingLexicon.joinedVerb("کہاگیاہے"))
        .isEqualTo(new ReportingLexicon.JoinedVerb("کہا", true));
    assertThat(ReportingLexicon.joinedVerb("کیاہے"))
        .isEqualTo(new ReportingLexicon.JoinedVerb("کیا", false));
    assertThat(ReportingLexicon.joinedVerb("کہا")).isNull();
    assertThat(ReportingLexicon.joinedVerb("رہے")).isNull();
    assertThat(ReportingLexicon.joinedVerb("ہوگی")).isNull();
    assertThat(ReportingLexicon.stemOfJoinedKe("کہاہےکہ")).isEqualTo("کہاہے");
  }
}
