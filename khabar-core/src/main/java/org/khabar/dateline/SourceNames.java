package org.khabar.dateline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.normalize.UrduNormalizer;

/**
 * Reads what a dateline's brackets name. The source is cut at {@code ، , / + ۔ - و اور} into parts
 * ({@code خصوصی وقائع نگار ، نیوز ایجنسیاں} is two), and each part, with its spaces dropped so
 * that joined and spaced forms meet (جیوڈیسک، جیو ڈیسک), is:
 *
 * <ul>
 *   <li>a known agency: اے پی پی → APP, اے ایف پی → AFP, رائٹرز/روئٹرز → Reuters, آن لائن →
 *       Online, نیوز ایجنسیاں/ایجنسیاں/ایجنسیز → agencies;
 *   <li>X ڈیسک or X سیل: a desk, named by X: مانیٹرنگ → monitoring, سپورٹس/اسپورٹس → sports,
 *       ویب → web, انٹرنیشنل → international, جیو → Geo, else X romanized;
 *   <li>a correspondent: نمائندہ خصوصی، خصوصی نامہ نگار، وقائع نگار خصوصی، خبر نگار خصوصی →
 *       special; نامہ نگار، وقائع نگار، خبرنگار، نمائندہ، نمائندگان → plain; X رپورٹر → X (sports,
 *       business, culture, staff, court, city, chief); بیورو چیف → bureau; نمائندہ جنگ → of Jang;
 *   <li>a news site or paper that credits itself: اردو پوائنٹ اخبار تازہ ترین → UrduPoint، ڈیلی
 *       پاکستان آن لائن → Daily Pakistan;
 *   <li>X نیوز or X رپورٹ: the newsroom of X (وقت نیوز → Waqt, دنیا نیوز → Dunya, بیورو رپورٹ →
 *       the bureau's report);
 *   <li>{@code پ ر} or {@code پریس ریلیز}: a press release;
 *   <li>a by-line, a label and a colon before a reporter's name ({@code رپورٹ: احمد علی}، {@code
 *       تحریر: ...}): OTHER, the name without its label;
 *   <li>else OTHER, kept as written.
 * </ul>
 */
final class SourceNames {

  private static final Map<String, String> AGENCIES = new LinkedHashMap<>();
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  /** News sites and papers that credit themselves by name: اردو پوائنٹ اخبار تازہ ترین. */
  private static final Map<String, String> PUBLICATIONS = new LinkedHashMap<>();

  static {
    AGENCIES.put("اےپیپی", "APP");
    AGENCIES.put("اےایفپی", "AFP");
    AGENCIES.put("اےپی", "AP");
    AGENCIES.put("رائٹرز", "Reuters");
    AGENCIES.put("روئٹرز", "Reuters");
    AGENCIES.put("رائٹر", "Reuters");
    AGENCIES.put("آنلائن", "Online");
    AGENCIES.put("اینایناے", "NNI");
    AGENCIES.put("اینینآئی", "NNI");
    AGENCIES.put("ایناینآئی", "NNI");
    AGENCIES.put("پیپیآئی", "PPI");
    AGENCIES.put("ثنانیوز", "Sana News");
    AGENCIES.put("ثناءنیوز", "Sana News");
    AGENCIES.put("نیٹنیوز", "Net News");
    AGENCIES.put("نیوزایجنسیاں", "agencies");
    AGENCIES.put("نیوزایجنسیا ں".replace(" ", ""), "agencies");
    AGENCIES.put("ایجنسیاں", "agencies");
    AGENCIES.put("ایجنسیز", "agencies");
    AGENCIES.put("نیوزایجنسیز", "agencies");
    AGENCIES.put("نیوزایجنسی", "(unnamed)");
    AGENCIES.put("بیبیسی", "BBC");
    AGENCIES.put("بیبیسیاردو", "BBC Urdu");
    AGENCIES.put("بیبیسیاردوڈاٹکام", "BBC Urdu");
    AGENCIES.put("آئیاینپی", "INP");
    AGENCIES.put("سیاینان", "CNN");
    AGENCIES.put("شنہوا", "Xinhua");
    AGENCIES.put("ژنہوا", "Xinhua");
    AGENCIES.put("انادولو", "Anadolu");
    AGENCIES.put("اناطولیہ", "Anadolu");
    AGENCIES.put("الجزیرہ", "Al Jazeera");
    AGENCIES.put("ارنا", "IRNA");
    AGENCIES.put("اسپوتنک", "Sputnik");
    AGENCIES.put("سپوتنک", "Sputnik");
    AGENCIES.put("وائسآفامریکہ", "VOA");
    AGENCIES.put("ڈوئچےویلے", "DW");
    AGENCIES.put("یواینآئی", "UNI");
    AGENCIES.put("اےاینآئی", "ANI");
    AGENCIES.put("ڈیپیاے", "DPA");
    AGENCIES.put("انٹرنیشنلپریسایجنسی", "IPA");
    AGENCIES.put("آئیپیاے", "IPA");
    PUBLICATIONS.put("اردوپوائنٹاخبارتازہترین", "UrduPoint");
    PUBLICATIONS.put("اردوپوائنٹاخبار", "UrduPoint");
    PUBLICATIONS.put("اردوپوائنٹ", "UrduPoint");
    PUBLICATIONS.put("ڈیلیپاکستانآنلائن", "Daily Pakistan");
    PUBLICATIONS.put("ڈیلیپاکستان", "Daily Pakistan");
    PUBLICATIONS.put("روزنامہپاکستان", "Daily Pakistan");
    NAMES.put("مانیٹرنگ", "monitoring");
    NAMES.put("مانیٹرگ", "monitoring");
    NAMES.put("مانیٹنگ", "monitoring");
    NAMES.put("سپورٹس", "sports");
    NAMES.put("اسپورٹس", "sports");
    NAMES.put("سپورٹ", "sports");
    NAMES.put("سورٹس", "sports");
    NAMES.put("بزنس", "business");
    NAMES.put("کلچرل", "culture");
    NAMES.put("اسٹاف", "staff");
    NAMES.put("سٹاف", "staff");
    NAMES.put("کامرس", "commerce");
    NAMES.put("کورٹ", "court");
    NAMES.put("سٹی", "city");
    NAMES.put("سیاسی", "political");
    NAMES.put("شوبز", "showbiz");
    NAMES.put("ویب", "web");
    NAMES.put("بیورو", "bureau");
    NAMES.put("چیف", "chief");
    NAMES.put("ڈیجیٹل", "digital");
    NAMES.put("آنلائن", "online");
    NAMES.put("انٹرنیشنل", "international");
    NAMES.put("نیشنل", "national");
    NAMES.put("کرائم", "crime");
    NAMES.put("فارن", "foreign");
    NAMES.put("ایجوکیشن", "education");
    NAMES.put("ہیلتھ", "health");
    NAMES.put("نیوز", "news");
    NAMES.put("خصوصی", "special");
    NAMES.put("جیو", "Geo");
    NAMES.put("وقت", "Waqt");
    NAMES.put("نوائےوقت", "Nawa-i-Waqt");
    NAMES.put("دنیا", "Dunya");
    NAMES.put("جنگ", "Jang");
    NAMES.put("ایکسپریس", "Express");
    NAMES.put("ڈان", "Dawn");
    NAMES.put("اے آر وائی".replace(" ", ""), "ARY");
  }

  private static final String[] CORRESPONDENTS = {
    "نامہنگار", "وقائعنگار", "خبرنگار", "نمائندگان", "نمائندہ", "نمائندے", "رپورٹر", "رپورٹرز",
    "چیف"
  };

  /** Labels of a by-line, before a colon: report (by), written (by). */
  private static final Pattern BYLINE =
      Pattern.compile("^(?:رپورٹ|رپورٹنگ|تحریر|از)\\s*:\\s*(?<name>.+)$");

  private SourceNames() {}

  /** The sources named in {@code written}, the text inside a dateline's brackets. */
  static List<Source> read(String written) {
    List<Source> sources = new ArrayList<>();
    for (String part : written.split("\\s*(?:[،,/+۔\\-–]|\\sاور\\s|\\sو\\s)\\s*")) {
      String trimmed = part.strip();
      if (!trimmed.isEmpty()) {
        sources.add(one(trimmed));
      }
    }
    return sources;
  }

  /**
   * True if {@code source} credits the report to an agency, a desk or a correspondent (and, with
   * {@code bracketed}, a newsroom), so it may stand alone at a report's start as its dateline:
   * {@code (اے پی پی)}، {@code ویب ڈیسک:}، {@code اسٹاف رپورٹر:}. A correspondent's word must end
   * the phrase: {@code چیف جسٹس:} is a judge, not a bureau chief.
   */
  static boolean credits(Source source, boolean bracketed) {
    return switch (source.kind()) {
      case AGENCY, DESK -> true;
      case NEWSROOM -> bracketed;
      case CORRESPONDENT -> endsWithCorrespondent(
          UrduNormalizer.normalizeWord(source.written()).replaceAll("\\s+", ""));
      case OTHER -> false;
    };
  }

  private static boolean endsWithCorrespondent(String joined) {
    if (joined.endsWith("خصوصی")) {
      return true;
    }
    for (String c : CORRESPONDENTS) {
      if (joined.endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static Source one(String written) {
    Matcher byline = BYLINE.matcher(written);
    if (byline.matches()) {
      return new Source(Source.Kind.OTHER, byline.group("name").strip(), written);
    }
    String joined = UrduNormalizer.normalizeWord(written).replaceAll("\\s+", "");
    String agency = AGENCIES.get(joined);
    if (agency != null) {
      return new Source(Source.Kind.AGENCY, agency, written);
    }
    if (joined.equals("پر") || joined.equals("پریسریلیز")) { // (پ ر): a press release
      return new Source(Source.Kind.OTHER, "press release", written);
    }
    String publication = PUBLICATIONS.get(joined);
    if (publication != null) {
      return new Source(Source.Kind.NEWSROOM, publication, written);
    }
    for (String desk : new String[] {"ڈیسک", "سیل"}) {
      if (joined.endsWith(desk) && joined.length() > desk.length()) {
        return new Source(Source.Kind.DESK, name(joined.substring(0, joined.length() - desk.length())), written);
      }
    }
    boolean special = joined.contains("خصوصی");
    String rest = joined.replace("خصوصی", "").replace("اپنے", "").replace("ہمارے", "")
        .replace("سے", ""); // (ہمارے نامہ نگار سے): from our correspondent
    for (String c : CORRESPONDENTS) {
      int at = rest.indexOf(c);
      if (at >= 0) {
        String qualifier = (rest.substring(0, at) + rest.substring(at + c.length())).strip();
        String name = special ? "special" : qualifier.isEmpty() ? "" : name(qualifier);
        return new Source(Source.Kind.CORRESPONDENT, name, written);
      }
    }
    for (String room : new String[] {"نیوز", "رپورٹ"}) {
      if (joined.endsWith(room) && joined.length() > room.length()) {
        return new Source(Source.Kind.NEWSROOM, name(joined.substring(0, joined.length() - room.length())), written);
      }
    }
    return new Source(Source.Kind.OTHER, written, written);
  }

  private static String name(String joined) {
    String known = NAMES.get(joined);
    return known != null ? known : org.khabar.coref.UrduLatin.transliterate(joined);
  }
}
