package org.khabar.ner;

/** The named-entity model could not be loaded: it is missing, corrupt or of another version. */
public final class NerModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NerModelException(String message) {
    super(message);
  }

  public NerModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
