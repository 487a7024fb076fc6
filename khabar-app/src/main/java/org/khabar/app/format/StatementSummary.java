package org.khabar.app.format;

import java.io.PrintWriter;
import java.util.List;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.Mention;
import org.khabar.dateline.Dateline;
import org.khabar.dateline.Source;
import org.khabar.quote.Quotation;
import org.khabar.quote.Statement;
import org.khabar.text.Document;

/**
 * The analyst's summary of a report, in Urdu with the Latin names beside them: where and from
 * whom it was filed, who is in it, and who said what.
 *
 * <pre>
 * مقام: تہران (Tehran) — ذریعہ: جیوڈیسک (desk of Geo)
 * افراد و ادارے (entities):
 *   [0] صدر حسن روحانی (Hassan Rouhani) — PERSON: صدر حسن روحانی، روحانی
 * بیانات (statements):
 *   1. صدر حسن روحانی (Hassan Rouhani)، اتوار کو، براہ راست (direct), کہا: ”شامی فوج کی فتح ...“
 * </pre>
 */
final class StatementSummary {

  private StatementSummary() {}

  static void write(Document document, PrintWriter out) {
    document.find(Dateline.LAYER).ifPresent(d -> dateline(document, d, out));
    EntityClusters clusters = document.find(EntityClusters.KEY).orElse(null);
    if (clusters != null && !clusters.clusters().isEmpty()) {
      out.println("افراد، ادارے اور مقامات (entities):");
      for (EntityCluster c : clusters.clusters()) {
        StringBuilder mentions = new StringBuilder();
        for (Mention m : c.mentions()) {
          if (mentions.length() > 0) {
            mentions.append("، ");
          }
          mentions.append(oneLine(document.textOf(m)));
        }
        out.printf("  [%d] %s — %s: %s%n", c.id(), name(c),
            c.type() == null ? "UNKNOWN" : c.type().name(), mentions);
      }
    }
    if (document.has(Statement.LAYER)) {
      List<Statement> statements = document.get(Statement.LAYER);
      out.printf("بیانات (statements): %d%n", statements.size());
      int n = 1;
      for (Statement s : statements) {
        String speaker = s.hasSpeaker() && clusters != null
            ? name(clusters.clusters().get(s.speaker())) : "نامعلوم (unknown)";
        String date = s.hasDate() ? "، " + document.text().substring(s.dateStart(), s.dateEnd())
            + dateValue(document, s.dateStart(), s.dateEnd()) : "";
        String type = s.type() == Statement.Type.DIRECT ? "براہ راست (direct)" : "بالواسطہ (indirect)";
        String verb = s.verb().equals(":") ? "" : "، " + s.verb(); // «بلاول بھٹو: '...'»
        out.printf("  %d. %s%s، %s%s: ”%s“%n", n++, speaker, date, type, verb,
            oneLine(document.textOf(s)));
      }
    }
    if (document.has(Quotation.LAYER)) {
      StringBuilder scare = new StringBuilder();
      for (Quotation q : document.get(Quotation.LAYER)) {
        if (q.kind() == Quotation.Kind.SCARE) {
          scare.append(scare.length() > 0 ? "، " : "").append('”').append(oneLine(document.textOf(q))).append('”');
        }
      }
      if (scare.length() > 0) {
        out.println("واوین میں الفاظ، بیان نہیں (scare quotes): " + scare);
      }
    }
  }

  private static void dateline(Document document, List<Dateline> datelines, PrintWriter out) {
    if (datelines.isEmpty()) {
      return;
    }
    Dateline d = datelines.get(0);
    StringBuilder sources = new StringBuilder();
    for (Source s : d.sources()) {
      sources.append(sources.length() > 0 ? "، " : "").append(s.written()).append(" (")
          .append(s.describe()).append(')');
    }
    String date = datelineDate(document, d);
    if (!d.hasPlace()) {
      out.printf("ذریعہ: %s%s%n", sources, date);
      return;
    }
    var latinNames = org.khabar.coref.LatinNames.standard();
    StringBuilder place = new StringBuilder();
    if (d.places().isEmpty()) {
      place.append(d.place()).append(" (").append(latinNames.latin(d.place())).append(')');
    }
    for (Dateline.Place p : d.places()) {
      place.append(place.length() > 0 ? "، " : "").append(p.text()).append(" (")
          .append(latinNames.latin(p.text())).append(')');
    }
    out.printf("مقام: %s%s%s%n", place, date, d.hasSource() ? " — ذریعہ: " + sources : "");
  }

  /** « — تاریخ: 30 ستمبر (2015-09-30)» for a dateline with a date, else nothing. */
  private static String datelineDate(Document document, Dateline d) {
    if (!d.hasDate()) {
      return "";
    }
    String read = d.monthDay() == null ? ""
        : " (" + (d.date() != null ? d.date() : d.monthDay()) + ")";
    return " — تاریخ: " + document.text().substring(d.dateStart(), d.dateEnd()) + read;
  }

  /** « (2016-12-25)» when a value expression lies in the given span, else nothing. */
  private static String dateValue(Document document, int start, int end) {
    for (var value : document.find(org.khabar.value.ValueStage.LAYER)
        .orElse(org.khabar.text.Layer.empty())) {
      if (value.start() >= start && value.end() <= end && value.value() != null) {
        return " (" + ValueText.of(value.value()) + ")";
      }
    }
    return "";
  }

  private static String name(EntityCluster c) {
    return c.latin() == null ? c.display() : c.display() + " (" + c.latin() + ")";
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }
}
