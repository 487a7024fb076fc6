package org.khabar.quote;

import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * Something a report says that someone said: the span of what was said, direct or indirect,
 * the reporting verb, the speaker as an entity cluster, and the date the sentence gives.
 *
 * <p>In {@code صدر حسن روحانی نے اتوار کو ایک بیان میں کہا ہے کہ ”شامی فوج کی فتح ...”} the
 * statement is the quoted text, DIRECT, verb {@code کہا}, speaker the cluster of حسن روحانی,
 * date {@code اتوار کو}.
 *
 * @param start offset of the content's first character (after any quote mark)
 * @param end offset after the content's last character
 * @param type direct or indirect
 * @param verb the reporting expression, normalized (کہا، کا کہنا، دعوی کیا، کے مطابق)
 * @param speaker index of the speaker's cluster in {@code EntityClusters}, or -1 if unknown
 * @param speakerStart offset of the words that name the speaker here (a name, phrase or
 *     pronoun), or -1
 * @param speakerEnd offset after them, or -1
 * @param dateStart offset of the date phrase, or -1
 * @param dateEnd offset after it, or -1
 */
public record Statement(
    int start,
    int end,
    Type type,
    String verb,
    int speaker,
    int speakerStart,
    int speakerEnd,
    int dateStart,
    int dateEnd)
    implements Span {

  /** The statements of a document, by start; a nested statement overlaps its outer one. */
  public static final Key<Layer<Statement>> LAYER = Key.layer("statements", Statement.class);

  /** Direct (the speaker's words in quote marks) or indirect (reported). */
  public enum Type {
    DIRECT,
    INDIRECT
  }

  public boolean hasSpeaker() {
    return speaker >= 0;
  }

  public boolean hasDate() {
    return dateStart >= 0;
  }
}
