package org.khabar.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads Urdu text files safely: a missing file, a directory, a binary file or bytes that are not
 * UTF-8 each give an {@link InputException} naming the file, the line and the cause, and large
 * files are read in parts of bounded size cut at line breaks. A byte order mark at the start, as
 * Windows editors write one, is no part of the text: offsets count from the character after it.
 * A UTF-16 file is named as such.
 */
public final class TextInput {

  /** A part of a file: its text and the offset of its first character in the whole file. */
  public record Part(String text, long offset, int index, boolean last) {}

  /** The byte order mark some editors put at the start of a UTF-8 file. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Parts are cut at a line break at most this many characters in (1 Mi). */
  public static final int DEFAULT_PART_CHARS = 1 << 20;

  /** The smallest part size: two characters, so that a surrogate pair always fits in a part. */
  public static final int MIN_PART_CHARS = 2;

  private TextInput() {}

  /** Reads the whole file as UTF-8 text, checking it first. */
  public static String read(Path path) throws InputException {
    checkReadable(path);
    try {
      return decode(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new InputException(path, describe(e));
    }
  }

  /** Decodes {@code bytes} as UTF-8, failing with the line and offset of the first bad byte. */
  public static String decode(String source, byte[] bytes) throws InputException {
    try {
      check(source, new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new InputException(source, 0, describe(e));
    }
    return withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
  }

  /** {@code text} without the byte order mark it starts with, if any. */
  public static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** Skips the byte order mark at the start of {@code reader}, if any. */
  public static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
  }

  /** Fails unless {@code path} is a regular, readable file. */
  public static void checkReadable(Path path) throws InputException {
    if (!Files.exists(path)) {
      throw new InputException(path, "no such file");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(path, "is a directory, not a text file");
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(path, "is not a regular file");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(path, "permission denied");
    }
  }

  /**
   * Checks that the whole file is UTF-8 text without reading it into memory, then hands it to
   * {@code consumer} in parts of at most {@code partChars} characters, cut after the last line
   * break of a part where it has one (else after its last space, else before a surrogate pair,
   * never inside one). Offsets of parts are in characters (UTF-16 units) from the start of the
   * file; the parts join up to the whole text. An empty file is one empty part; every other part
   * has text, and only the final one is {@code last}.
   *
   * @throws IllegalArgumentException if {@code partChars} is below {@link #MIN_PART_CHARS}
   */
  public static void readParts(Path path, int partChars, Consumer<Part> consumer)
      throws InputException {
    checkReadable(path);
    validate(path);
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      skipByteOrderMark(reader);
      readParts(reader, partChars, consumer);
    } catch (IOException e) {
      throw new InputException(path, describe(e));
    }
  }

  /** Splits what {@code reader} gives into parts, as {@link #readParts(Path, int, Consumer)}. */
  public static void readParts(Reader reader, int partChars, Consumer<Part> consumer)
      throws IOException {
    if (partChars < MIN_PART_CHARS) {
      throw new IllegalArgumentException(
          "a part must hold at least " + MIN_PART_CHARS + " characters, not " + partChars);
    }
    char[] buffer = new char[partChars];
    int filled = 0;
    long offset = 0;
    int index = 0;
    boolean atEnd = false;
    while (true) {
      while (filled < buffer.length && !atEnd) {
        int read = reader.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
          atEnd = true;
        } else {
          filled += read;
        }
      }
      if (atEnd) {
        consumer.accept(new Part(new String(buffer, 0, filled), offset, index, true));
        return;
      }
      int cut = cutPoint(buffer, filled);
      int next = -1;
      if (cut == filled) {
        next = reader.read(); // a part that fills the buffer exactly may be the last one
        if (next < 0) {
          consumer.accept(new Part(new String(buffer, 0, filled), offset, index, true));
          return;
        }
      }
      consumer.accept(new Part(new String(buffer, 0, cut), offset, index++, false));
      offset += cut;
      System.arraycopy(buffer, cut, buffer, 0, filled - cut);
      filled -= cut;
      if (next >= 0) {
        buffer[filled++] = (char) next;
      }
    }
  }

  /** Where to cut a full buffer: after its last line break, else its last space. */
  private static int cutPoint(char[] buffer, int filled) {
    for (int i = filled - 1; i >= 0; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = filled - 1; i >= 0; i--) {
      if (Character.isWhitespace(buffer[i])) {
        return i + 1;
      }
    }
    int cut = filled;
    if (Character.isHighSurrogate(buffer[cut - 1])) {
      cut--;
    }
    return cut;
  }

  /** Streams through the file checking that it is UTF-8 text and not binary. */
  public static void validate(Path path) throws InputException {
    try (InputStream stream = Files.newInputStream(path)) {
      check(path.toString(), stream);
    } catch (IOException e) {
      throw new InputException(path, describe(e));
    }
  }

  /**
   * Reads {@code stream} to its end, failing on the first byte that is not UTF-8 or on a NUL
   * character (which text never has and binary files nearly always do).
   */
  private static void check(String source, InputStream stream) throws IOException, InputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] chunk = new byte[1 << 16];
    ByteBuffer in = ByteBuffer.allocate(chunk.length * 2);
    CharBuffer out = CharBuffer.allocate(chunk.length * 2);
    long consumed = 0;
    long line = 1;
    boolean end = false;
    boolean first = true;
    while (!end) {
      int read = stream.read(chunk);
      end = read < 0;
      if (first && read > 0) {
        checkNotBinary(source, chunk, read); // before decoding: a binary file is rarely UTF-8
        first = false;
      }
      if (read > 0) {
        in.put(chunk, 0, read);
      }
      in.flip();
      CoderResult result = decoder.decode(in, out, end);
      if (end && !result.isError()) {
        result = decoder.flush(out);
      }
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        char c = out.get(i);
        if (c == '\n') {
          line++;
        } else if (c == 0) {
          throw new InputException(source, line, "a binary file, not text (it has NUL bytes)");
        }
      }
      out.clear();
      if (result.isError()) {
        throw new InputException(
            source,
            line,
            String.format(
                "not UTF-8 text: byte 0x%02X at byte %d cannot start or continue a character",
                in.get(in.position()) & 0xFF, consumed + in.position()));
      }
      consumed += in.position();
      in.compact();
    }
  }

  /**
   * Fails if the first {@code count} bytes have a NUL byte: a binary file (an image, a PDF, a
   * word-processor file), named as such rather than by its first byte that is not UTF-8; or a
   * UTF-16 file (Windows' "Unicode"), named by its byte order mark.
   */
  private static void checkNotBinary(String source, byte[] bytes, int count) throws InputException {
    if (count >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      throw new InputException(source, 1, "UTF-16 text, not UTF-8: save it as UTF-8 (for"
          + " example with 'iconv -f UTF-16 -t UTF-8')");
    }
    long line = 1;
    for (int i = 0; i < count; i++) {
      if (bytes[i] == '\n') {
        line++;
      } else if (bytes[i] == 0) {
        throw new InputException(source, line, "a binary file, not text (it has NUL bytes)");
      }
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
