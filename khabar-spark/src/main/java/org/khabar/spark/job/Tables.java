package org.khabar.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.khabar.spark.analysis.AnalyzedReport;

/**
 * The output tables: their names (folders under the output path) and their columns in the order
 * a person reads them (Spark's bean encoders would sort them by name).
 */
public final class Tables {

  public static final String REPORTS = "reports";
  public static final String MENTIONS = "mentions";
  public static final String STATEMENTS = "statements";
  public static final String RELATED = "related";
  public static final String REJECTS = "rejects";

  static final String[] REPORT_COLUMNS = {
    "id", "date", "source", "headline", "dateline", "length", "sentences", "tokens", "entities",
    "clusters", "mentions", "statements", "quotations", "file", "offset", "warning"
  };
  static final String[] DATELINE_FIELDS = {
    "start", "end", "place", "placeStart", "placeEnd", "placeEntity", "dateText", "dateStart",
    "dateEnd", "monthDay", "date", "source", "sourceStart", "sourceEnd", "sources"
  };
  static final String[] MENTION_COLUMNS = {
    "reportId", "cluster", "type", "name", "title", "latin", "start", "end", "text", "kind", "value"
  };
  static final String[] STATEMENT_COLUMNS = {
    "reportId", "index", "start", "end", "text", "type", "verb", "speaker", "speakerName",
    "speakerLatin", "speakerStart", "speakerEnd", "speakerText", "dateStart", "dateEnd", "dateText"
  };
  static final String[] RELATED_COLUMNS = {"reportId", "relatedId", "similarity", "sharedBands"};
  static final String[] REJECT_COLUMNS = {"file", "offset", "id", "reason", "record"};

  private Tables() {}

  /** The {@code reports} table of the analysed records. */
  static Dataset<Row> reports(Dataset<AnalyzedReport> analyzed) {
    Dataset<Row> reports = analyzed.filter(col("report").isNotNull()).select(col("report.*"));
    Column[] columns = Arrays.stream(REPORT_COLUMNS).map(name -> name.equals("dateline")
            ? when(col("dateline").isNull(), lit(null)).otherwise(struct(
                Arrays.stream(DATELINE_FIELDS).map(f -> col("dateline." + f).as(f))
                    .toArray(Column[]::new))).as("dateline")
            : col("`" + name + "`"))
        .toArray(Column[]::new);
    return reports.select(columns);
  }

  /** The {@code mentions} table. */
  static Dataset<Row> mentions(Dataset<AnalyzedReport> analyzed) {
    return exploded(analyzed, "mentions", MENTION_COLUMNS);
  }

  /** The {@code statements} table. */
  static Dataset<Row> statements(Dataset<AnalyzedReport> analyzed) {
    return exploded(analyzed, "statements", STATEMENT_COLUMNS);
  }

  /** The {@code rejects} table. */
  static Dataset<Row> rejects(Dataset<AnalyzedReport> analyzed) {
    return ordered(analyzed.filter(col("reject").isNotNull()).select(col("reject.*")),
        REJECT_COLUMNS);
  }

  /** {@code rows} with the given columns in the given order. */
  static Dataset<Row> ordered(Dataset<Row> rows, String[] columns) {
    return rows.select(Arrays.stream(columns).map(name -> col("`" + name + "`"))
        .toArray(Column[]::new));
  }

  private static Dataset<Row> exploded(
      Dataset<AnalyzedReport> analyzed, String field, String[] columns) {
    return ordered(analyzed.select(explode(col(field)).as("row")).select(col("row.*")), columns);
  }
}
