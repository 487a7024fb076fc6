package org.khabar.spark.rows;

/**
 * The dateline of a report (the {@code dateline} column of {@code reports}), as the analysis
 * JSON's {@code dateline} field gives it: place, date and source with their spans. A JavaBean for Spark.
 */
public final class DatelineRow extends RowBean {

  /** Offset of the dateline's first character. */
  private int start;

  /** Offset after it. */
  private int end;

  /** The place, normalized. */
  private String place;

  /** Offset of the place as written. */
  private int placeStart;

  /** Offset after it. */
  private int placeEnd;

  /** Index of the LOCATION entity covering the place, or null. */
  private Integer placeEntity;

  /** The date as written, or null. */
  private String dateText;

  /** Offset of the date, or null. */
  private Integer dateStart;

  /** Offset after it, or null. */
  private Integer dateEnd;

  /** The date's month and day ({@code --12-01}), or null. */
  private String monthDay;

  /** The full date when the report's own date gives the year, or null. */
  private java.time.LocalDate date;

  /** The source as written. */
  private String source;

  /** Offset of the source. */
  private int sourceStart;

  /** Offset after it. */
  private int sourceEnd;

  /** What the source names. */
  private java.util.List<SourcePart> sources;

  public DatelineRow() {}

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

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public int getPlaceStart() {
    return placeStart;
  }

  public void setPlaceStart(int placeStart) {
    this.placeStart = placeStart;
  }

  public int getPlaceEnd() {
    return placeEnd;
  }

  public void setPlaceEnd(int placeEnd) {
    this.placeEnd = placeEnd;
  }

  public Integer getPlaceEntity() {
    return placeEntity;
  }

  public void setPlaceEntity(Integer placeEntity) {
    this.placeEntity = placeEntity;
  }

  public String getDateText() {
    return dateText;
  }

  public void setDateText(String dateText) {
    this.dateText = dateText;
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

  public String getMonthDay() {
    return monthDay;
  }

  public void setMonthDay(String monthDay) {
    this.monthDay = monthDay;
  }

  public java.time.LocalDate getDate() {
    return date;
  }

  public void setDate(java.time.LocalDate date) {
    this.date = date;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public int getSourceStart() {
    return sourceStart;
  }

  public void setSourceStart(int sourceStart) {
    this.sourceStart = sourceStart;
  }

  public int getSourceEnd() {
    return sourceEnd;
  }

  public void setSourceEnd(int sourceEnd) {
    this.sourceEnd = sourceEnd;
  }

  public java.util.List<SourcePart> getSources() {
    return sources;
  }

  public void setSources(java.util.List<SourcePart> sources) {
    this.sources = sources;
  }

  @Override
  protected Object[] values() {
    return new Object[] {start, end, place, placeStart, placeEnd, placeEntity, dateText,
      dateStart, dateEnd, monthDay, date, source, sourceStart, sourceEnd, sources};
  }
}
