package org.khabar.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.khabar.normalize.NormalizedText;
import org.khabar.normalize.UrduNormalizer;
import org.khabar.tokenize.TokenScanner;
import org.khabar.tokenize.TokenType;

/**
 * Splits Urdu text into tokens by the rules of khabar-core: the text is normalized by {@link
 * UrduNormalizer} and scanned by {@link TokenScanner}, the same code that {@code khabar analyze}
 * runs. Terms are the normalized forms; offsets point into the original text (through {@link
 * #correctOffset}, so char filters before it work).
 *
 * <ul>
 *   <li>Spelling variants become one term: {@code كيا} and {@code کیا} → {@code کیا}; the
 *       decomposed {@code آ} (ا + ٓ) → {@code آ}; the presentation form {@code ﺅ} → {@code ؤ}.
 *   <li>Digits glued to words are split off: {@code 5وکٹوں} → {@code 5 | وکٹوں}, {@code میں63اور}
 *       → {@code میں | 63 | اور}.
 *   <li>Punctuation ({@code ۔ ، ؟}) is dropped unless asked for; symbols, numbers, Latin words, web
 *       addresses and hashtags are kept, each with its type ({@code <WORD>}, {@code <NUMBER>},
 *       {@code <LATIN>}, ...).
 *   <li>A token longer than {@code maxTokenLength} characters is skipped, leaving a position gap.
 * </ul>
 *
 * <p>The input is read in chunks cut after a whitespace character, so a long text never has to
 * be held whole: tokens never cross whitespace, and normalization never joins characters across
 * it, so chunking changes no token.
 */
public final class UrduTokenizer extends Tokenizer {

  /** The default longest token, as Lucene's StandardTokenizer. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

  /** Roughly how many characters are normalized at a time. */
  static final int CHUNK = 8192;

  private static final String[] TYPES = new String[TokenType.values().length];

  static {
    for (TokenType type : TokenType.values()) {
      TYPES[type.ordinal()] = "<" + type.name() + ">";
    }
  }

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private final boolean keepPunctuation;
  private final int maxTokenLength;
  private final TokenScanner scanner = new TokenScanner();

  private char[] buffer = new char[CHUNK + 1024];
  private int filled; // characters read into buffer and not yet normalized
  private int lastWhitespace = -1; // index of the buffer's last whitespace character, or -1
  private int bufferBase; // original offset of buffer[0]
  private boolean exhausted; // the reader returned -1
  private NormalizedText chunk; // the chunk being scanned
  private NormalizedText.Mapper offsets;
  private int chunkBase; // original offset of the chunk's first character
  private int skippedPositions;

  /** A tokenizer that drops punctuation and skips tokens over 255 characters. */
  public UrduTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, false, DEFAULT_MAX_TOKEN_LENGTH);
  }

  /**
   * A tokenizer that keeps punctuation tokens (type {@code <PUNCT>}) if {@code keepPunctuation}
   * and skips tokens longer than {@code maxTokenLength}.
   */
  public UrduTokenizer(AttributeFactory factory, boolean keepPunctuation, int maxTokenLength) {
    super(factory);
    if (maxTokenLength < 1) {
      throw new IllegalArgumentException("maxTokenLength must be at least 1: " + maxTokenLength);
    }
    this.keepPunctuation = keepPunctuation;
    this.maxTokenLength = maxTokenLength;
  }

  /** The Lucene token type of a Khabar token type: {@code WORD} → {@code <WORD>}. */
  public static String typeOf(TokenType type) {
    return TYPES[type.ordinal()];
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      while (chunk != null && scanner.next()) {
        TokenType type = scanner.type();
        if (type == TokenType.PUNCT && !keepPunctuation) {
          continue;
        }
        int start = scanner.start();
        int end = scanner.end();
        if (end - start > maxTokenLength) {
          skippedPositions++;
          continue;
        }
        termAtt.copyBuffer(chunk.chars(), start, end - start);
        int originalStart = chunkBase + offsets.start(start);
        int originalEnd = chunkBase + offsets.end(end);
        offsetAtt.setOffset(correctOffset(originalStart), correctOffset(originalEnd));
        typeAtt.setType(TYPES[type.ordinal()]);
        posIncAtt.setPositionIncrement(1 + skippedPositions);
        skippedPositions = 0;
        return true;
      }
      if (!nextChunk()) {
        return false;
      }
    }
  }

  /** Normalizes the next chunk of input and starts scanning it; false at the end of input. */
  private boolean nextChunk() throws IOException {
    fill();
    if (filled == 0) {
      chunk = null;
      return false;
    }
    int cut = exhausted ? filled : lastWhitespace + 1;
    chunk = UrduNormalizer.normalize(buffer, cut);
    offsets = chunk.mapper();
    chunkBase = bufferBase;
    scanner.reset(chunk.chars(), chunk.length());
    System.arraycopy(buffer, cut, buffer, 0, filled - cut);
    filled -= cut;
    bufferBase += cut;
    lastWhitespace = -1; // the cut was after the last one
    return true;
  }

  /**
   * Reads until the buffer holds at least a chunk that ends in whitespace, or the input ends. A
   * text with no whitespace at all is read whole.
   */
  private void fill() throws IOException {
    while (!exhausted && (filled < CHUNK || lastWhitespace < 0)) {
      if (filled == buffer.length) {
        char[] larger = new char[buffer.length * 2];
        System.arraycopy(buffer, 0, larger, 0, filled);
        buffer = larger;
      }
      int read = input.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        exhausted = true;
      } else {
        for (int i = filled + read - 1; i >= filled; i--) {
          if (isCutPoint(buffer[i])) {
            lastWhitespace = i;
            break;
          }
        }
        filled += read;
      }
    }
  }

  /** Whitespace that normalization keeps as it is and that always separates tokens. */
  private static boolean isCutPoint(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(bufferBase + filled);
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    filled = 0;
    lastWhitespace = -1;
    bufferBase = 0;
    exhausted = false;
    chunk = null;
    offsets = null;
    chunkBase = 0;
    skippedPositions = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    chunk = null;
    offsets = null;
    if (buffer.length > 4 * CHUNK) {
      buffer = new char[CHUNK + 1024]; // let a huge text's buffer go
    }
  }
}
