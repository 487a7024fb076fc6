package org.khabar.quote;

import org.khabar.text.Key;
import org.khabar.text.Layer;
import org.khabar.text.Span;

/**
 * A reporting expression and what it reports, before the speaker is resolved to an entity: the
 * content's span, direct or indirect, the reporting verb, the words that name the speaker and
 * the date the sentence gives.
 *
 * @param start offset of the content's first character
 * @param end offset after the content's last character
 * @param type direct (in quote marks) or indirect
 * @param verb the reporting expression, normalized: کہا، کا کہنا، دعوی کیا، کے مطابق، بقول
 * @param speakerStart offset of the words naming the speaker, or -1 if none are given
 * @param speakerEnd offset after them, or -1
 * @param speakerKind what those words are
 * @param dateStart offset of a date phrase in the reporting clause (اتوار کو), or -1
 * @param dateEnd offset after it, or -1
 */
public record Attribution(
    int start,
    int end,
    Statement.Type type,
    String verb,
    int speakerStart,
    int speakerEnd,
    SpeakerKind speakerKind,
    int dateStart,
    int dateEnd)
    implements Span {

  /** The reported contents of a document, by start; nested ones may overlap. */
  public static final Key<Layer<Attribution>> LAYER = Key.layer("attributions", Attribution.class);

  /** What names the speaker. */
  public enum SpeakerKind {
    /** A noun phrase: صدر حسن روحانی، ایشین گیمز کے ایک ترجمان. */
    PHRASE,
    /** A pronoun to be resolved: انہوں، انھوں، ان، وہ. */
    PRONOUN,
    /** No one is named (کہا گیا ہے کہ). */
    NONE
  }

  public boolean hasSpeaker() {
    return speakerKind != SpeakerKind.NONE;
  }

  Attribution withEnd(int newEnd) {
    return new Attribution(start, newEnd, type, verb, speakerStart, speakerEnd, speakerKind,
        dateStart, dateEnd);
  }

  /** This content with the speaker (and date, if it has none) of {@code source}. */
  Attribution withSpeaker(Attribution source) {
    return new Attribution(start, end, type, verb, source.speakerStart, source.speakerEnd,
        source.speakerKind, dateStart >= 0 ? dateStart : source.dateStart,
        dateStart >= 0 ? dateEnd : source.dateEnd);
  }

  Attribution withContent(int newStart, int newEnd, Statement.Type newType) {
    return new Attribution(newStart, newEnd, newType, verb, speakerStart, speakerEnd, speakerKind,
        dateStart, dateEnd);
  }
}
