package org.khabar.app.server;

/**
 * What every error answer holds: the HTTP status, its reason phrase, and what to do about it.
 */
public record ErrorBody(int status, String error, String message) {

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, reason(status), message);
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
