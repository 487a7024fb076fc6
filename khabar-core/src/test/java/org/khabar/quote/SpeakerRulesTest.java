package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.entity.EntityType.DESIGNATION;
import static org.khabar.entity.EntityType.LOCATION;
import static org.khabar.entity.EntityType.ORGANIZATION;
import static org.khabar.entity.EntityType.PERSON;

import org.junit.jupiter.api.Test;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.quote.Analyzed.Name;
import org.khabar.text.Document;

/** Speakers and their clusters with entities as the model gives them, slips included. */
class SpeakerRulesTest {

  private static EntityCluster speakerOf(Document doc, String words) {
    Statement s = doc.get(Statement.LAYER).stream().filter(x -> doc.textOf(x).contains(words))
        .findFirst().orElseThrow(() -> new AssertionError("no statement with " + words));
    return s.hasSpeaker() ? doc.get(EntityClusters.KEY).clusters().get(s.speaker()) : null;
  }

  private static String nameOf(Document doc, String words) {
    EntityCluster c = speakerOf(doc, words);
    return c == null ? null : c.name();
  }

  @Test
  void aVerbJoinedByAndSpeaksForTheSentencesSubject() {
    // «عمران خان عدالت میں پیش ہوئے اور کہا کہ»: Imran Khan appeared in court and said
    Document doc = Analyzed.analyze("عمران خان عدالت میں پیش ہوئے اور کہا کہ وہ بے قصور ہیں۔ "
        + "وزیر خارجہ اسحاق ڈار اس تجویز سے متفق نہیں اور کہتے ہیں کہ مذاکرات ہی حل ہیں۔",
        new Name("عمران خان", PERSON), new Name("اسحاق ڈار", PERSON));
    assertThat(nameOf(doc, "بے قصور")).isEqualTo("عمران خان");
    assertThat(nameOf(doc, "مذاکرات")).isEqualTo("اسحاق ڈار");
  }

  @Test
  void whoeverIssuedTheStatementSaysWhatItSays() {
    // «... کی جانب سے گذشتہ روز جاری ہونے والے بیان میں کہا گیا»: the statement the Pentagon issued
    Document doc = Analyzed.analyze("پینٹاگون کی جانب سے گذشتہ روز جاری ہونے والے بیان میں "
            + "کہا گیا ہے کہ حملہ ناکام رہا۔ صدر کے حکم میں کہا گیا ہے کہ ایوارڈ جاری کیا جائے۔",
        new Name("پینٹاگون", ORGANIZATION), new Name("صدر", DESIGNATION));
    assertThat(nameOf(doc, "حملہ ناکام")).isEqualTo("پینٹاگون");
    assertThat(nameOf(doc, "ایوارڈ")).isEqualTo("صدر");
  }

  @Test
  void butNotANameACaseMarkerFollows() {
    // «عمران خان کے وکیل ... اور کہا»: the lawyer speaks, not Imran Khan
    Document doc = Analyzed.analyze("عمران خان کے وکیل عدالت میں پیش ہوئے اور کہا کہ فیصلہ غلط ہے۔",
        new Name("عمران خان", PERSON));
    assertThat(nameOf(doc, "فیصلہ")).isNotEqualTo("عمران خان");
  }

  @Test
  void aNameAndAColonBeforeAQuotationSpeak() {
    // «بلاول بھٹو: 'ہم عوام کے ساتھ ہیں'»: a statement with no verb, as headlines write one
    Document doc = Analyzed.analyze("بلاول بھٹو: 'ہم ہر حال میں عوام کے ساتھ ہیں'۔ "
        + "لاہور: 'شہر میں آج بارش کا امکان ہے'۔",
        new Name("بلاول بھٹو", PERSON), new Name("لاہور", LOCATION));
    assertThat(nameOf(doc, "عوام کے ساتھ")).isEqualTo("بلاول بھٹو");
    // a place before the colon speaks for nobody
    assertThat(doc.get(Statement.LAYER)).noneMatch(st -> doc.textOf(st).contains("بارش"));
  }

  @Test
  void aTimeBeforeATitleIsNoPartOfIt() {
    // «گزشتہ روز امریکی وزیر خارجہ جان کیری نے کہا»: yesterday is no part of the title
    Document doc = Analyzed.analyze("گزشتہ روز امریکی وزیر خارجہ جان کیری نے کہا کہ مذاکرات جاری ہیں۔",
        new Name("جان کیری", PERSON));
    assertThat(speakerOf(doc, "مذاکرات").title()).isEqualTo("امریکی وزیر خارجہ");
  }

  @Test
  void whomTheSpeakerTellsIsNoPartOfTheSpeaker() {
    // «تاریخ ہمیں بتاتی ہے کہ»: history tells us that
    Document doc = Analyzed.analyze("تاریخ ہمیں بتاتی ہے کہ ایسے فیصلے دیرپا نہیں ہوتے۔");
    assertThat(nameOf(doc, "دیرپا")).isEqualTo("تاریخ");
  }

  @Test
  void wordsEndingInAndNameNobody() {
    // «... یقین نہیں رکھتے اور کہتے ہیں کہ»: «رکھتے اور» is a verb and a conjunction, no speaker
    Document doc = Analyzed.analyze("ترجمان گوپال اگروال اس پر یقین نہیں رکھتے اور کہتے ہیں کہ"
        + " حکومت فائدہ نہیں اٹھانا چاہتی۔ ایک اور نے لکھا کہ یہ غلط ہے۔",
        new Name("گوپال اگروال", PERSON));
    assertThat(nameOf(doc, "فائدہ")).isNotEqualTo("رکھتے اور");
    // but «ایک اور» (another one) is someone
    assertThat(nameOf(doc, "غلط")).isEqualTo("ایک اور");
  }

  @Test
  void aTitleTheModelCallsAPersonJoinsItsPerson() {
    Document doc = Analyzed.analyze("ترکی کے وزیر اعظم احمد داؤد اوگلو نے کہا ہے کہ یرغمالی رہا ہو گئے ہیں۔ "
        + "وزیر اعظم نے مزید بتایا کہ ان کی حالت اچھی ہے۔",
        new Name("احمد داؤد اوگلو", PERSON), new Name("وزیر اعظم", PERSON), new Name("ترکی", LOCATION));
    assertThat(nameOf(doc, "حالت اچھی")).isEqualTo("احمد داؤد اوگلو");
    assertThat(speakerOf(doc, "یرغمالی").title()).isEqualTo("ترکی کے وزیر اعظم");
  }

  @Test
  void aTitleJoinsThePersonNamedWithItLater() {
    Document doc = Analyzed.analyze("امریکی وزیر خارجہ نے کہا کہ مذاکرات مثبت رہے۔ "
        + "بعد میں امریکی وزیر خارجہ کونڈولیزا رائس نے کہا کہ وہ دورہ کریں گی۔",
        new Name("امریکی", DESIGNATION), new Name("وزیر خارجہ", DESIGNATION),
        new Name("کونڈولیزا رائس", PERSON));
    assertThat(nameOf(doc, "مذاکرات مثبت")).isEqualTo("کونڈولیزا رائس");
    assertThat(speakerOf(doc, "دورہ").title()).isEqualTo("امریکی وزیر خارجہ");
  }

  @Test
  void aLoneTitleAndALoneBareNameAreOnePerson() {
    Document doc = Analyzed.analyze("امریکی وزیر خارجہ نے کہا کہ مذاکرات مثبت رہے۔ "
        + "اسرائیلی وزیر اعظم ایہود اولمرت بھی وہاں تھے۔ کونڈولیزا رائس نے کہا کہ وہ دورہ کریں گی۔",
        new Name("ایہود اولمرت", PERSON), new Name("کونڈولیزا رائس", PERSON));
    assertThat(nameOf(doc, "مذاکرات مثبت")).isEqualTo("کونڈولیزا رائس");
  }

  @Test
  void butNotAPersonDescribedOtherwise() {
    Document doc = Analyzed.analyze("مصری صدر کے ترجمان نے کہا ہے کہ حلف جلد ہو گا۔ "
        + "بی بی سی کے نامہ نگار گیون لی نے کہا کہ حالات کشیدہ ہیں۔",
        new Name("گیون لی", PERSON), new Name("بی بی سی", ORGANIZATION));
    assertThat(nameOf(doc, "حلف")).isEqualTo("مصری صدر کے ترجمان");
    assertThat(nameOf(doc, "حالات کشیدہ")).isEqualTo("گیون لی");
  }

  @Test
  void titlesOfTwoCountriesAreTwoPeople() {
    Document doc = Analyzed.analyze("اسرائیلی صدر ریوین ایولین ترجمان اسرائیلی وزارت خارجہ کے ریمارکس پر معافی مانگ لی۔ "
        + "اسرائیلی صدر نے برازیل کے صدر ڈلماراوسف سے بات کی اور کہا یہ ریمارکس درست نہیں۔",
        new Name("ریوین ایولین ترجمان", PERSON), new Name("ڈلماراوسف", PERSON),
        new Name("برازیل", LOCATION));
    assertThat(nameOf(doc, "ریمارکس درست")).isEqualTo("ریوین ایولین");
  }

  @Test
  void aFormerHolderIsNotTheOneInOffice() {
    Document doc = Analyzed.analyze("وزیر خارجہ نے یقین دہانی کرائی کہ پاکستانیوں کو واپس لایا"
        + " جائے گا۔ سابق وزیر نے اعتراف کیا کہ ان سے غلطی ہوئی۔");
    assertThat(speakerOf(doc, "غلطی").title()).isEqualTo("سابق وزیر");
    assertThat(speakerOf(doc, "غلطی")).isNotEqualTo(speakerOf(doc, "پاکستانیوں"));
  }

  @Test
  void aPronounTakesTheLastSubjectNotANameInTheContent() {
    Document doc = Analyzed.analyze("اکشے کمار کا کہنا ہے کہ انہیں کامیڈی پسند ہے۔ "
        + "انہوں نے کہا کہ کاسٹ میں کرشنا ابھیشک شامل ہیں۔ انہوں نے کہا کہ محنت لازم ہے۔",
        new Name("اکشے کمار", PERSON), new Name("کرشنا ابھیشک", PERSON));
    assertThat(nameOf(doc, "محنت لازم")).isEqualTo("اکشے کمار");
  }

  @Test
  void aPronounSkipsAnOrganisationNamedInPassing() {
    Document doc = Analyzed.analyze("نکول کڈمین کا کہنا ہے کہ کردار مشکل ہے۔ "
        + "انہوں نے کونٹیکٹ میوزک سے انٹرویو میں کہا کہ کردار مشکل ہے۔ مجھے مزہ آیا۔ میں خوش ہوں۔ "
        + "میں پڑھتی ہوں۔ انہوں نے کہا کہ فلم اچھی ہے۔",
        new Name("نکول کڈمین", PERSON), new Name("کونٹیکٹ میوزک", ORGANIZATION));
    assertThat(nameOf(doc, "فلم اچھی")).isEqualTo("نکول کڈمین");
  }

  @Test
  void aPronounInTheSpeakersOwnFirstPersonWordsIsStillTheSpeaker() {
    Document doc = Analyzed.analyze("سری دیوی نے کہا کہ فلم اچھی ہے۔ مجھ سے گوری شندے نے میری صلاحیتوں "
        + "کے مطابق کام لیا۔ انہوں نے کہا کہ تعریف اچھی لگتی ہے۔",
        new Name("سری دیوی", PERSON), new Name("گوری شندے", PERSON));
    assertThat(nameOf(doc, "تعریف")).isEqualTo("سری دیوی");
    assertThat(doc.get(Statement.LAYER)).noneMatch(s -> doc.textOf(s).startsWith("کام لیا"));
  }

  @Test
  void aFirstPersonWordInsideAReportedStatementLeavesItsSpeakerTheSubject() {
    Document doc = Analyzed.analyze("محکمہ داخلہ کے ترجمان کے مطابق فیصلہ کیا گیا۔ وزیراعلیٰ سندھ "
        + "مراد علی شاہ نے کہا کہ عوام کا تحفظ ہماری ترجیح ہے۔ انہوں نے بتایا کہ 27 افراد گرفتار ہوئے۔",
        new Name("مراد علی شاہ", PERSON));
    assertThat(nameOf(doc, "27 افراد")).isEqualTo("مراد علی شاہ");
  }

  @Test
  void aPronounAfterToIsThePersonReached() {
    Document doc = Analyzed.analyze("مری قبیلے کے رہائشی اللہ بخش مری نے بتایا ہے کہ حملہ ہوا۔ "
        + "حکومت کے ترجمان رازق بگٹی سے رابطہ کیا تو انھوں نے کہا کہ انھیں علم نہیں۔",
        new Name("اللہ بخش مری", PERSON), new Name("رازق بگٹی", PERSON));
    assertThat(nameOf(doc, "علم نہیں")).isEqualTo("رازق بگٹی");
  }

  @Test
  void aDocumentsAuthorSpeaks() {
    Document doc = Analyzed.analyze("ایران کے سرکاری میڈیا کی رپورٹ کے مطابق دونوں صدور نے بات کی۔ "
        + "حکومتی فورسز کی جانب سے قصیر میں پمفلیٹ کی تقسیم ہوئی۔ پمفلیٹ میں خبردار کیا گیا ہے کہ حملہ ہو گا۔ "
        + "اس رپورٹ میں کہا گیا ہے کہ حملے جاری ہیں۔",
        new Name("ایران", LOCATION));
    assertThat(nameOf(doc, "دونوں صدور")).isEqualTo("ایران کے سرکاری میڈیا");
    assertThat(nameOf(doc, "حملہ ہو گا")).isEqualTo("حکومتی فورسز");
    assertThat(nameOf(doc, "حملے جاری")).isEqualTo("ایران کے سرکاری میڈیا");
    Document unauthored = Analyzed.analyze("سروے میں ڈھائی ہزار افراد شامل ہیں۔ "
        + "اس رپورٹ میں کہا گیا ہے کہ حملے جاری ہیں۔");
    assertThat(nameOf(unauthored, "حملے جاری")).isNull();
  }

  @Test
  void thePlaceOfAnOfficeBelongsToItsTitle() {
    // «وزیراعلیٰ پنجاب شہباز شریف»: the Chief Minister of Punjab
    Document doc = Analyzed.analyze("وزیراعلیٰ پنجاب شہباز شریف نے کہا کہ بجٹ اچھا ہے۔",
        new Name("وزیراعلیٰ", DESIGNATION), new Name("پنجاب", LOCATION),
        new Name("شہباز شریف", PERSON));
    assertThat(nameOf(doc, "بجٹ")).isEqualTo("شہباز شریف");
    assertThat(speakerOf(doc, "بجٹ").title()).isEqualTo("وزیراعلیٰ پنجاب");
  }

  @Test
  void aTitleBeforeAnOrganisationIsWhoHoldsThePost() {
    // «ترجمان دفتر خارجہ»: the Foreign Office's spokesperson, not the office
    Document doc = Analyzed.analyze("ترجمان دفتر خارجہ نے کہا ہے کہ وزیر خارجہ چین جائیں گے۔ "
        + "دفتر خارجہ نے ایک بیان جاری کیا جس میں کہا گیا کہ دورہ اہم ہے۔",
        new Name("ترجمان", DESIGNATION), new Name("دفتر خارجہ", ORGANIZATION));
    assertThat(nameOf(doc, "چین جائیں")).isEqualTo("ترجمان دفتر خارجہ");
  }

  @Test
  void aTitleBeforeAPlaceIsWhoHoldsThePost() {
    // «آئی جی سندھ»: the police chief of Sindh, not the province
    Document doc = Analyzed.analyze("آئی جی سندھ نے عدالت کو بتایا کہ سکیورٹی فراہم کی گئی ہے۔"
        + " سندھ میں امن ہے۔",
        new Name("آئی جی", DESIGNATION), new Name("سندھ", LOCATION));
    assertThat(nameOf(doc, "سکیورٹی")).isEqualTo("آئی جی سندھ");
    assertThat(speakerOf(doc, "سکیورٹی").type()).isNotEqualTo(LOCATION);
  }

  @Test
  void theOrganisationOfAnOfficeBelongsToItsTitle() {
    // «چیئرمین پی سی بی رمیز راجہ»: the chairman of the PCB
    Document doc = Analyzed.analyze("چیئرمین پی سی بی رمیز راجہ نے کہا کہ ٹیم روانہ ہوگی۔",
        new Name("چیئرمین", DESIGNATION), new Name("پی سی بی", ORGANIZATION),
        new Name("رمیز راجہ", PERSON));
    assertThat(nameOf(doc, "ٹیم روانہ")).isEqualTo("رمیز راجہ");
    assertThat(speakerOf(doc, "ٹیم روانہ").title()).isEqualTo("چیئرمین پی سی بی");
  }

  @Test
  void aBracketedShortNameIsTheOrganisationBeforeIt() {
    // «پاکستان کرکٹ بورڈ (پی سی بی)»: every later پی سی بی is the board
    Document doc = Analyzed.analyze("پاکستان کرکٹ بورڈ (پی سی بی) نے ٹیم کا اعلان کیا۔ "
        + "پی سی بی کے مطابق کیمپ لاہور میں لگے گا۔",
        new Name("پاکستان کرکٹ بورڈ", ORGANIZATION), new Name("پی سی بی", ORGANIZATION),
        new Name("لاہور", LOCATION));
    assertThat(nameOf(doc, "کیمپ لاہور")).isEqualTo("پاکستان کرکٹ بورڈ");
  }

  @Test
  void aTitleEndsAtAFunctionWord() {
    Document doc = Analyzed.analyze("پریس کانفرنس سے خطاب کرتے ہوئے وزیر اعظم شوکت عزیز نے کہا کہ تباہی بڑی ہے۔",
        new Name("شوکت عزیز", PERSON));
    assertThat(speakerOf(doc, "تباہی").title()).isEqualTo("وزیر اعظم");
  }

  @Test
  void spelledNamesMatchOnlyWhole() {
    Document doc = Analyzed.analyze("اے ایف پی کے مطابق دھماکہ ہوا۔ اے پی کے مطابق دس افراد ہلاک ہوئے۔",
        new Name("اے ایف پی", ORGANIZATION), new Name("اے پی", ORGANIZATION));
    assertThat(nameOf(doc, "دس افراد")).isEqualTo("اے پی");
  }

  @Test
  void aSpeakerPhraseThatEndsInAPronounIsThePronoun() {
    Document doc = Analyzed.analyze("وکیل اللہ بخش نے کہا کہ وہ بے گناہ ہے۔ "
        + "گورنر نے دستخط کرائے اور ان کا کہنا ہے کہ اپیل منظور ہو گی۔",
        new Name("اللہ بخش", PERSON));
    Statement s = doc.get(Statement.LAYER).stream().filter(x -> doc.textOf(x).contains("اپیل"))
        .findFirst().orElseThrow();
    assertThat(doc.text().substring(s.speakerStart(), s.speakerEnd())).isEqualTo("ان");
  }

  @Test
  void theAgentOfADocumentSpeaks() {
    Document doc = Analyzed.analyze("سیکرٹری جنرل بان کی مون نے حملے کی مذمت کی ہے۔ "
        + "ان کی طرف سے جاری کردہ بیان میں کہا گیا ہے کہ وہ صدمے میں ہیں۔",
        new Name("بان کی مون", PERSON));
    Statement s = doc.get(Statement.LAYER).get(0);
    assertThat(doc.text().substring(s.speakerStart(), s.speakerEnd())).isEqualTo("ان");
    assertThat(nameOf(doc, "صدمے")).isEqualTo("بان کی مون");
  }

  @Test
  void shortNamesDoNotMeetLookalikeWords() {
    Document doc = Analyzed.analyze("صدر بان نے دورہ کیا۔ جاری کردہ بیان کے مطابق دورہ کامیاب رہا۔",
        new Name("بان", PERSON));
    assertThat(nameOf(doc, "کامیاب")).isEqualTo("جاری کردہ بیان");
  }

  @Test
  void aNationalityAndTitleInsideAPersonEntity() {
    Document doc = Analyzed.analyze("پاکستانی اداکار فواد خان نے کہا کہ تجربہ اچھا رہا۔ "
        + "پاکستانی اداکار نے کہا کہ وہ مزید فلمیں کریں گے۔",
        new Name("پاکستانی اداکار فواد خان", PERSON), new Name("پاکستانی اداکار", PERSON));
    assertThat(speakerOf(doc, "تجربہ").title()).isEqualTo("پاکستانی اداکار");
    assertThat(nameOf(doc, "مزید فلمیں")).isEqualTo("فواد خان");
  }

  @Test
  void spellingVariantsAreOnePerson() {
    Document doc = Analyzed.analyze("روسی صدر ولادی میر پوتین نے کہا کہ تعاون جاری رہے گا۔ "
        + "پیوٹن نے کہا کہ امن ہو گا۔ صدر پوتن نے کہا کہ بات چیت ہو گی۔",
        new Name("ولادی میر پوتین", PERSON), new Name("پیوٹن", PERSON), new Name("پوتن", PERSON));
    assertThat(nameOf(doc, "امن ہو گا")).isEqualTo("ولادی میر پوتین");
    assertThat(nameOf(doc, "بات چیت")).isEqualTo("ولادی میر پوتین");
  }

  @Test
  void twoTouchingPersonsStayTwoWhenTheFirstStandsAlone() {
    Document doc = Analyzed.analyze("ٹرمپ کا منصوبہ طمانچہ ہے: محمود عباس ٹرمپ کا حل۔ "
        + "فلسطین کے صدر محمود عباس نے کہا کہ منصوبہ ناکام ہو گا۔ صدر ٹرمپ نے کہا کہ امداد روکی جائے گی۔",
        new Name("محمود عباس", PERSON), new Name("ٹرمپ", PERSON), new Name("فلسطین", LOCATION));
    assertThat(nameOf(doc, "ناکام")).isEqualTo("محمود عباس");
    assertThat(nameOf(doc, "امداد")).isEqualTo("ٹرمپ");
  }
}
