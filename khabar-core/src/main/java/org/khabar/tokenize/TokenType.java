package org.khabar.tokenize;

/** The kind of a token. */
public enum TokenType {
  /** A word in Urdu (Arabic) script: پاکستان، کریں_گے. */
  WORD,
  /** A number in digits, with its separators and a year marker: 1.4، 1,000، 4:10، 2015ء. */
  NUMBER,
  /** A word or code in another script: BBC, B350-B-3, 2G. */
  LATIN,
  /** A punctuation mark or a run of one mark: ۔ ، ” '' ... */
  PUNCT,
  /** A symbol: % $ + ﷺ and emoji. */
  SYMBOL,
  /** A web address: https://www.bbc.com/urdu. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A hashtag: #پاکستان. */
  HASHTAG,
  /** A user name: @BBCUrdu. */
  MENTION
}
