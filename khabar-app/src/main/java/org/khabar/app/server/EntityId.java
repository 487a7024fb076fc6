package org.khabar.app.server;

import java.util.List;
import java.util.Map;
import org.khabar.archive.ArchiveFields;

/**
 * An entity of the archive: a facet dimension and a name as the archive files it, written
 * {@code person:حسن روحانی}.
 */
record EntityId(String type, String name) {

  /** The dimensions whose values are entities, in the order lists show them. */
  static final List<String> TYPES = List.of(ArchiveFields.PERSON, ArchiveFields.PLACE,
      ArchiveFields.ORGANIZATION, ArchiveFields.TITLE, ArchiveFields.SPEAKER,
      ArchiveFields.SOURCE);

  /** The analysis schema's entity type of each dimension (none for sources). */
  static final Map<String, String> SCHEMA_TYPES = Map.of(ArchiveFields.PERSON, "PERSON",
      ArchiveFields.PLACE, "LOCATION", ArchiveFields.ORGANIZATION, "ORGANIZATION",
      ArchiveFields.TITLE, "DESIGNATION", ArchiveFields.SPEAKER, "PERSON");

  static final int MAX_NAME_LENGTH = 300;

  /** The dimension that holds the same kind of names: speakers are persons. */
  static String dimensionOfSameKind(String type) {
    return type.equals(ArchiveFields.SPEAKER) ? ArchiveFields.PERSON : type;
  }

  static EntityId parse(String id) {
    int colon = id.indexOf(':');
    if (colon < 0) {
      throw ApiException.badRequest("an entity id is TYPE:NAME, such as person:روحانی; TYPE is"
          + " one of " + String.join(", ", TYPES));
    }
    String type = id.substring(0, colon);
    String name = QueryParams.checked("the entity name", id.substring(colon + 1)).strip();
    requireType(type);
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw ApiException.badRequest("an entity name has 1 to " + MAX_NAME_LENGTH
          + " characters");
    }
    return new EntityId(type, name);
  }

  static void requireType(String type) {
    if (!TYPES.contains(type)) {
      throw ApiException.badRequest("the entity type must be one of " + String.join(", ", TYPES)
          + ", not \"" + type + "\"");
    }
  }

  @Override
  public String toString() {
    return type + ":" + name;
  }
}
