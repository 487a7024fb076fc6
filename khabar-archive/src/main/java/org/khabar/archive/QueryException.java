package org.khabar.archive;

/** A query that cannot be searched, with a message that says how to fix it. */
public final class QueryException extends Exception {

  public QueryException(String message) {
    super(message);
  }
}
