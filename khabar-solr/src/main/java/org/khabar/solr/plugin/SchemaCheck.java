package org.khabar.solr.plugin;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.schema.BinaryField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.NumberType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.schema.StrField;
import org.apache.solr.schema.TextField;
import org.khabar.archive.ArchiveFields;

/**
 * Checks that a core's schema has every field Khabar fills, of a type that holds what it puts
 * there, so that a collection made from the wrong configset fails when it loads and not on its
 * first report.
 */
final class SchemaCheck {

  private SchemaCheck() {}

  /** What is wrong with {@code schema} for Khabar; empty if nothing. */
  static List<String> problems(IndexSchema schema) {
    List<String> problems = new ArrayList<>();
    SchemaField key = schema.getUniqueKeyField();
    if (key == null || !key.getName().equals(ArchiveFields.ID)) {
      problems.add("the unique key must be \"" + ArchiveFields.ID + "\"");
    }
    text(schema, ArchiveFields.HEADLINE, false, true, problems);
    text(schema, ArchiveFields.BODY, false, true, problems);
    SchemaField date = field(schema, ArchiveFields.DATE, problems);
    if (date != null && (date.getType().getNumberType() != NumberType.LONG || !date.indexed()
        || !date.hasDocValues() || !date.stored())) {
      problems.add("\"" + ArchiveFields.DATE + "\" must be a long (an epoch day), indexed,"
          + " stored and with doc values");
    }
    string(schema, ArchiveFields.MONTH, false, problems);
    string(schema, ArchiveFields.SOURCE, false, problems);
    text(schema, ArchiveFields.textField(ArchiveFields.SOURCE), false, false, problems);
    for (String dimension : ArchiveFields.MULTI_VALUED) {
      string(schema, dimension, true, problems);
      text(schema, ArchiveFields.textField(dimension), true, false, problems);
    }
    SchemaField minhash = field(schema, ArchiveFields.MINHASH, problems);
    if (minhash != null && !(minhash.getType() instanceof BinaryField && minhash.stored())) {
      problems.add("\"" + ArchiveFields.MINHASH + "\" must be a stored binary field");
    }
    SchemaField lsh = field(schema, ArchiveFields.LSH, problems);
    if (lsh != null && !(lsh.getType() instanceof StrField && lsh.indexed()
        && lsh.multiValued())) {
      problems.add("\"" + ArchiveFields.LSH + "\" must be an indexed, multi-valued string");
    }
    for (String stored : List.of(ArchiveFields.ANALYSIS, ArchiveFields.EXTRA)) {
      SchemaField field = field(schema, stored, problems);
      if (field != null && !(field.getType() instanceof StrField && field.stored())) {
        problems.add("\"" + stored + "\" must be a stored string");
      }
    }
    return problems;
  }

  private static SchemaField field(IndexSchema schema, String name, List<String> problems) {
    SchemaField field = schema.getFieldOrNull(name);
    if (field == null) {
      problems.add("there is no field \"" + name + "\"");
    }
    return field;
  }

  private static void string(IndexSchema schema, String name, boolean multiValued,
      List<String> problems) {
    SchemaField field = field(schema, name, problems);
    if (field != null && !(field.getType() instanceof StrField && field.indexed()
        && field.hasDocValues() && field.multiValued() == multiValued)) {
      problems.add("\"" + name + "\" must be an indexed " + (multiValued ? "multi" : "single")
          + "-valued string with doc values (for facets)");
    }
  }

  private static void text(IndexSchema schema, String name, boolean multiValued,
      boolean withOffsets, List<String> problems) {
    SchemaField field = field(schema, name, problems);
    if (field == null) {
      return;
    }
    if (!(field.getType() instanceof TextField) || !field.indexed()
        || field.multiValued() != multiValued
        || (withOffsets && !(field.stored() && field.storeOffsetsWithPositions()))) {
      problems.add("\"" + name + "\" must be indexed " + (multiValued ? "multi" : "single")
          + "-valued Urdu text" + (withOffsets ? ", stored with offsets" : ""));
    }
  }
}
