package org.khabar.spark.rows;

/**
 * One row of the {@code mentions} table: a mention of an entity cluster (a name, title, pronoun,
 * speaker phrase or dateline place) with the cluster's type, canonical name and Latin name, or an
 * entity no cluster has (a number, date, time or title) with its value. A JavaBean for Spark.
 */
public final class MentionRow extends RowBean {

  /** The report's id. */
  private String reportId;

  /** The cluster's id within the report, or null for an entity outside clusters. */
  private Integer cluster;

  /** The cluster's type ({@code UNKNOWN} when only a phrase names it), else the entity's. */
  private String type;

  /** The cluster's canonical name, or null. */
  private String name;

  /** The cluster's title, or null. */
  private String title;

  /** The cluster's name in Latin script, or null. */
  private String latin;

  /** Offset of the mention's first character. */
  private int start;

  /** Offset after it. */
  private int end;

  /** The mention as written. */
  private String text;

  /** {@code name}, {@code phrase}, {@code title}, {@code pronoun}, {@code dateline} or {@code entity}. */
  private String kind;

  /** The value of a number, date or time in standard notation, or null. */
  private String value;

  public MentionRow() {}

  public String getReportId() {
    return reportId;
  }

  public void setReportId(String reportId) {
    this.reportId = reportId;
  }

  public Integer getCluster() {
    return cluster;
  }

  public void setCluster(Integer cluster) {
    this.cluster = cluster;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getLatin() {
    return latin;
  }

  public void setLatin(String latin) {
    this.latin = latin;
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  @Override
  protected Object[] values() {
    return new Object[] {reportId, cluster, type, name, title, latin, start, end, text, kind,
      value};
  }
}
