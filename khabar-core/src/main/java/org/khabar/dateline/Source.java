package org.khabar.dateline;

/**
 * One source named in a dateline's brackets, normalized: {@code اے پی پی} → agency APP, {@code
 * جیوڈیسک} → desk of Geo, {@code مانیٹرنگ ڈیسک} → the monitoring desk, {@code نمائندہ خصوصی} →
 * special correspondent.
 *
 * @param kind what kind of source it is
 * @param name a short Latin name: {@code APP}, {@code Geo}, {@code monitoring}, {@code special}
 * @param written the part of the source it was read from, as written
 */
public record Source(Kind kind, String name, String written) {

  /** The kinds of source a dateline names. */
  public enum Kind {
    /** A news agency: اے پی پی، اے ایف پی، رائٹرز، آن لائن، نیوز ایجنسیاں. */
    AGENCY,
    /** A desk of the newspaper or channel: جیوڈیسک، مانیٹرنگ ڈیسک، سپورٹس ڈیسک، مانیٹرنگ سیل. */
    DESK,
    /** A correspondent or reporter: نمائندہ خصوصی، نامہ نگار، سپورٹس رپورٹر. */
    CORRESPONDENT,
    /** The paper's or channel's own news service: وقت نیوز، دنیا نیوز، نوائے وقت رپورٹ. */
    NEWSROOM,
    /** Anything else, kept as written: a person's name, a publication. */
    OTHER
  }

  /**
   * How an analyst would say it: {@code agency APP}, {@code desk of Geo}, {@code news agencies}
   * (نیوز ایجنسیاں, unnamed).
   */
  public String describe() {
    return switch (kind) {
      case AGENCY -> name.equals("agencies") ? "news agencies" : "agency " + name;
      case DESK -> name.equals(name.toLowerCase()) ? name + " desk" : "desk of " + name;
      case CORRESPONDENT -> name.isEmpty() ? "correspondent" : name + " correspondent";
      case NEWSROOM -> name.equals(name.toLowerCase()) ? name + " report" : "newsroom of " + name;
      case OTHER -> name;
    };
  }
}
