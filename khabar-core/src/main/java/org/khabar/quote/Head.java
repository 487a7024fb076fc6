package org.khabar.quote;

/**
 * A reporting expression found around a verb: the verb, where it starts, and the token range of
 * the words that name the speaker.
 *
 * @param verb the expression, normalized: کہا، کا کہنا، دعوی کیا، کے مطابق
 * @param from the first token of the expression
 * @param speakerFrom first token of the speaker's words, or -1
 * @param speakerTo token after them, or -1
 * @param pronoun true if the speaker's words are a pronoun
 */
record Head(String verb, int from, int speakerFrom, int speakerTo, boolean pronoun) {

  boolean hasSpeaker() {
    return speakerFrom >= 0;
  }

  static Head of(String verb, int from, int[] speaker, boolean pronoun) {
    return speaker == null
        ? new Head(verb, from, -1, -1, false)
        : new Head(verb, from, speaker[0], speaker[1], pronoun);
  }
}
