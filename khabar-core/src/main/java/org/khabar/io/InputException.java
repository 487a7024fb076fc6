package org.khabar.io;

import java.nio.file.Path;

/**
 * A problem with one input, told the way a person can act on it: which file, where in it, and
 * what is wrong. {@link #getMessage()} is one line: {@code FILE:LINE: cause}.
 */
public final class InputException extends Exception {

  private final String source;
  private final long line;
  private final String cause;

  public InputException(String source, long line, String cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + cause);
    this.source = source;
    this.line = line;
    this.cause = cause;
  }

  public InputException(Path path, String cause) {
    this(path.toString(), 0, cause);
  }

  /** The file or stream the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 if it is about the whole input. */
  public long line() {
    return line;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return cause;
  }
}
