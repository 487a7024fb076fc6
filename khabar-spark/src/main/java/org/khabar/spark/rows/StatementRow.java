package org.khabar.spark.rows;

/**
 * One row of the {@code statements} table: something the report says someone said, with the
 * speaker's cluster, the reporting verb, and the date phrase of the sentence. A JavaBean for Spark.
 */
public final class StatementRow extends RowBean {

  /** The report's id. */
  private String reportId;

  /** Its position among the report's statements. */
  private int index;

  /** Offset of the content's first character. */
  private int start;

  /** Offset after it. */
  private int end;

  /** What was said. */
  private String text;

  /** {@code direct} or {@code indirect}. */
  private String type;

  /** The reporting expression, normalized. */
  private String verb;

  /** The speaker's cluster id within the report, or null if unknown. */
  private Integer speaker;

  /** The speaker cluster's canonical name, or null. */
  private String speakerName;

  /** The speaker cluster's Latin name, or null. */
  private String speakerLatin;

  /** Offset of the words naming the speaker here, or null. */
  private Integer speakerStart;

  /** Offset after them, or null. */
  private Integer speakerEnd;

  /** Those words, or null. */
  private String speakerText;

  /** Offset of the sentence's date phrase, or null. */
  private Integer dateStart;

  /** Offset after it, or null. */
  private Integer dateEnd;

  /** The date phrase, or null. */
  private String dateText;

  public StatementRow() {}

  public String getReportId() {
    return reportId;
  }

  public void setReportId(String reportId) {
    this.reportId = reportId;
  }

  public int getIndex() {
    return index;
  }

  public void setIndex(int index) {
    this.index = index;
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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getVerb() {
    return verb;
  }

  public void setVerb(String verb) {
    this.verb = verb;
  }

  public Integer getSpeaker() {
    return speaker;
  }

  public void setSpeaker(Integer speaker) {
    this.speaker = speaker;
  }

  public String getSpeakerName() {
    return speakerName;
  }

  public void setSpeakerName(String speakerName) {
    this.speakerName = speakerName;
  }

  public String getSpeakerLatin() {
    return speakerLatin;
  }

  public void setSpeakerLatin(String speakerLatin) {
    this.speakerLatin = speakerLatin;
  }

  public Integer getSpeakerStart() {
    return speakerStart;
  }

  public void setSpeakerStart(Integer speakerStart) {
    this.speakerStart = speakerStart;
  }

  public Integer getSpeakerEnd() {
    return speakerEnd;
  }

  public void setSpeakerEnd(Integer speakerEnd) {
    this.speakerEnd = speakerEnd;
  }

  public String getSpeakerText() {
    return speakerText;
  }

  public void setSpeakerText(String speakerText) {
    this.speakerText = speakerText;
  }

  public Integer getDateStart() {
    return dateStart;
  }

  public void setDateStart(Integer dateStart) {
    this.dateStart = dateStart;
  }

  public Integer getDateEnd() {
    return dateEnd;
  }

  public void setDateEnd(Integer dateEnd) {
    this.dateEnd = dateEnd;
  }

  public String getDateText() {
    return dateText;
  }

  public void setDateText(String dateText) {
    this.dateText = dateText;
  }

  @Override
  protected Object[] values() {
    return new Object[] {reportId, index, start, end, text, type, verb, speaker, speakerName,
      speakerLatin, speakerStart, speakerEnd, speakerText, dateStart, dateEnd, dateText};
  }
}
