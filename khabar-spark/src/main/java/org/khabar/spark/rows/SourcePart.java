package org.khabar.spark.rows;

/**
 * One source a dateline names, as the analysis JSON's {@code dateline.source.parts} gives it:
 * {@code agency}, {@code APP}, {@code اے پی پی}, {@code agency APP}. A JavaBean for Spark.
 */
public final class SourcePart extends RowBean {

  private String kind;
  private String name;
  private String text;
  private String description;

  public SourcePart() {}

  public SourcePart(String kind, String name, String text, String description) {
    this.kind = kind;
    this.name = name;
    this.text = text;
    this.description = description;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  @Override
  protected Object[] values() {
    return new Object[] {kind, name, text, description};
  }
}
