package org.khabar.archive;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** The fields of a report in the archive, and how each is indexed. */
public final class ArchiveFields {

  /** The report id: one document per id. */
  public static final String ID = "id";

  public static final String HEADLINE = "headline";

  /** The body text, stored and indexed with offsets so snippets point into the original. */
  public static final String BODY = "body";

  /** The publication date as an epoch day (points and doc values). */
  public static final String DATE = "date";

  /**
   * The analysis, as JSON in the analysis schema (without the text and the tokens), kept as doc
   * values; the headline, source and id are doc values too, so a hit list reads no stored field.
   */
  public static final String ANALYSIS = "analysis";

  /** The MinHash signature of the body (doc values) and its LSH band keys (indexed). */
  public static final String MINHASH = "minhash";

  public static final String LSH = "lsh";

  /** Extra fields of the input, stored as JSON. */
  public static final String EXTRA = "extra";

  // Facet dimensions; each is also an exact-match string field of the same name and, for names,
  // an analysed field NAME + "_text" for searching by part of a name.
  public static final String PERSON = "person";
  public static final String PLACE = "place";
  public static final String ORGANIZATION = "org";
  public static final String TITLE = "title";
  public static final String SOURCE = "source";
  public static final String SPEAKER = "speaker";
  public static final String MONTH = "month";

  /** Dimensions that can hold many values per report. */
  public static final List<String> MULTI_VALUED = List.of(PERSON, PLACE, ORGANIZATION, TITLE,
      SPEAKER);

  /** Every facet dimension, in the order results show them. */
  public static final List<String> FACETS = List.of(PERSON, PLACE, ORGANIZATION, SOURCE, SPEAKER,
      TITLE, MONTH);

  /** Fields a free-text query searches, with their weights. */
  public static final List<String> TEXT_FIELDS = List.of(HEADLINE, BODY);

  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArchiveFields() {}

  /** The analysed field that holds the names of a dimension: {@code person_text}. */
  public static String textField(String dimension) {
    return dimension + "_text";
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dimension : MULTI_VALUED) {
      config.setMultiValued(dimension, true);
    }
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
