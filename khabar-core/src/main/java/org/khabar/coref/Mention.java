package org.khabar.coref;

import org.khabar.text.Span;

/**
 * One mention of an entity: its span and the cluster it belongs to.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param cluster index of its cluster in {@link EntityClusters#clusters()}
 * @param kind how it names the entity
 */
public record Mention(int start, int end, int cluster, Kind kind) implements Span {

  /** How a mention names its entity. */
  public enum Kind {
    /** A named entity the entity stage found: حسن روحانی، تہران. */
    NAME,
    /** A speaker's noun phrase with no entity in it: ایشین گیمز کے ایک ترجمان، پولیس حکام. */
    PHRASE,
    /** A title standing for a person named before: وزیر اعظم، جرمن سفیر، ایران کے صدر. */
    TITLE,
    /** A pronoun: انہوں نے، ان کا کہنا تھا. */
    PRONOUN,
    /** The place of the dateline: تہران (جیوڈیسک). */
    DATELINE
  }
}
