package org.khabar.archive;

/** A problem with an archive folder, said the way a person can act on it. */
public final class ArchiveException extends Exception {

  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
