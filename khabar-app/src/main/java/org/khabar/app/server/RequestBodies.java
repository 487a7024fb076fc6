package org.khabar.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads request bodies with a size limit, and checks their content type and encoding. */
final class RequestBodies {

  private RequestBodies() {}

  /** The media type of the request without parameters, lower case; "" if none was given. */
  static String mediaType(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Fails with 415 unless the request's media type is one of {@code accepted}. */
  static String requireMediaType(Context ctx, String... accepted) {
    String type = mediaType(ctx);
    for (String ok : accepted) {
      if (ok.equals(type)) {
        return type;
      }
    }
    throw new ApiException(415, "this route takes a body of type " + String.join(" or ",
        accepted) + (type.isEmpty() ? ", but the request has no Content-Type"
        : ", not " + type) + "; set the Content-Type header");
  }

  /** The body as UTF-8 text of at most {@code maxBytes} bytes. */
  static String utf8(Context ctx, long maxBytes) {
    String charset = charset(ctx);
    if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
      throw new ApiException(415, "the body must be UTF-8, not " + charset);
    }
    byte[] bytes = bytes(ctx, maxBytes);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not valid UTF-8 text; send it as UTF-8");
    }
  }

  /**
   * Bodies up to this size are read to their end even when they are too large, so that the
   * client, still sending, gets the 413 instead of a connection reset; larger ones are cut off.
   */
  static final long DRAINED_AT_MOST = 32L << 20;

  /** The body's bytes; 413 if it is longer than {@code maxBytes}. */
  static byte[] bytes(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > maxBytes) {
        if (declared <= DRAINED_AT_MOST) {
          drain(in, declared);
        }
        throw tooLarge(maxBytes);
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        drain(in, DRAINED_AT_MOST);
        throw tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiException(400, "the request body could not be read: " + e.getMessage());
    }
  }

  /** Reads and drops up to {@code limit} more bytes of the body. */
  private static void drain(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    long read = 0;
    int n;
    while (read < limit
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
      read += n;
    }
  }

  private static ApiException tooLarge(long maxBytes) {
    return new ApiException(413, "the body is larger than this route takes (" + maxBytes
        + " bytes); send less at a time");
  }

  private static String charset(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      return null;
    }
    for (String parameter : type.split(";")) {
      String p = parameter.strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "");
      }
    }
    return null;
  }
}
