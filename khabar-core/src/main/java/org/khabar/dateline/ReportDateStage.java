package org.khabar.dateline;

import java.time.LocalDate;
import java.util.Set;
import org.khabar.normalize.NormalizedText;
import org.khabar.pipeline.Stage;
import org.khabar.text.Document;
import org.khabar.text.Key;

/**
 * Gives an undated report the date its dateline writes in full, so that «آج», «گزشتہ روز» and
 * weekdays resolve as an analyst reads them: «اسلام آباد (اے پی پی) ۱۲ جنوری ۲۰۲۴ء: ... اجلاس آج
 * ہوگا» meets on 2024-01-12. A date the metadata gives comes first; a dateline date without a
 * year gives none. The date in use is the value of {@link #KEY}, absent if there is none.
 */
public final class ReportDateStage implements Stage {

  /** The date the report is read against: its metadata's, else its dateline's. */
  public static final Key<LocalDate> KEY = Key.of("report-date", LocalDate.class);

  @Override
  public String name() {
    return "report date";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(NormalizedText.KEY);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(KEY);
  }

  @Override
  public Document apply(Document document) {
    LocalDate date = document.metadata().date();
    if (date == null) {
      date = DatelineParser.parse(document.text(), document.get(NormalizedText.KEY), null)
          .map(Dateline::date).orElse(null);
      if (date != null) {
        document = document.withMetadata(document.metadata().withDate(date));
      }
    }
    return date == null ? document : document.with(KEY, date);
  }
}
