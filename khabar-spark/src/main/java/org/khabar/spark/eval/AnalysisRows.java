package org.khabar.spark.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.khabar.spark.rows.MentionRow;
import org.khabar.spark.rows.ReportRow;
import org.khabar.spark.rows.StatementRow;

/**
 * The rows of one report in the {@code reports}, {@code mentions} and {@code statements} tables,
 * in a canonical order (mentions by span, cluster and kind; statements by index) so that two
 * sets of rows can be compared with {@code equals}.
 */
public record AnalysisRows(ReportRow report, List<MentionRow> mentions,
    List<StatementRow> statements) {

  private static final Comparator<MentionRow> MENTION_ORDER =
      Comparator.comparingInt(MentionRow::getStart)
          .thenComparingInt(MentionRow::getEnd)
          .thenComparing(MentionRow::getCluster, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(MentionRow::getKind)
          .thenComparing(MentionRow::getType);

  public AnalysisRows {
    List<MentionRow> sortedMentions = new ArrayList<>(mentions);
    sortedMentions.sort(MENTION_ORDER);
    mentions = List.copyOf(sortedMentions);
    List<StatementRow> sortedStatements = new ArrayList<>(statements);
    sortedStatements.sort(Comparator.comparingInt(StatementRow::getIndex));
    statements = List.copyOf(sortedStatements);
  }
}
