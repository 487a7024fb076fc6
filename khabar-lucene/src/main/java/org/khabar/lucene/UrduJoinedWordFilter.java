package org.khabar.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits words written joined into their spaced form, so that both spellings index and query
 * alike: {@code کہاکہ → کہا | کہ}, {@code کردیا → کر | دیا}, {@code وزیراعظم → وزیر | اعظم}. The
 * parts take consecutive positions, as if the writer had typed the space, so a phrase query
 * {@code "کہا کہ"} finds {@code کہاکہ} and a query {@code کہاکہ} (which splits too) finds {@code
 * کہا کہ}.
 *
 * <p>Each part gets its own slice of the offsets when the term is as long as its offsets (the
 * text was not changed by normalization) and as its parts together; otherwise every part keeps
 * the whole token's offsets.
 * Terms must already be normalized; keywords are left alone.
 */
public final class UrduJoinedWordFilter extends TokenFilter {

  private final JoinedWords words;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private String[] pending; // parts still to emit, or null
  private int next; // index in pending of the next part
  private State state; // the joined token's attributes
  private int partStart; // start offset of the next part when slicing
  private boolean slice; // true if each part gets its own offsets
  private int tokenStart;
  private int tokenEnd;

  /** A filter with the list that ships with Khabar. */
  public UrduJoinedWordFilter(TokenStream input) {
    this(input, JoinedWords.defaultList());
  }

  public UrduJoinedWordFilter(TokenStream input, JoinedWords words) {
    super(input);
    this.words = words;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(state);
      emit(pending[next++], 1);
      if (next == pending.length) {
        pending = null;
        state = null;
      }
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) {
      return true;
    }
    String[] parts = words.partsOf(termAtt.buffer(), 0, termAtt.length());
    if (parts == null) {
      return true;
    }
    tokenStart = offsetAtt.startOffset();
    tokenEnd = offsetAtt.endOffset();
    slice = tokenEnd - tokenStart == termAtt.length() && totalLength(parts) == termAtt.length();
    partStart = tokenStart;
    state = captureState();
    pending = parts;
    next = 1;
    emit(parts[0], posIncAtt.getPositionIncrement());
    return true;
  }

  private static int totalLength(String[] parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    return length;
  }

  private void emit(String part, int positionIncrement) {
    termAtt.setEmpty().append(part);
    posIncAtt.setPositionIncrement(positionIncrement);
    if (slice) {
      offsetAtt.setOffset(partStart, partStart + part.length());
      partStart += part.length();
    } else {
      offsetAtt.setOffset(tokenStart, tokenEnd);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    state = null;
  }
}
