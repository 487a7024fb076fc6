package org.khabar.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page: plain files from the class path folder {@value #FOLDER}, served by name. A name is
 * one path segment of letters, digits, dots and dashes with a known extension, so no request can
 * reach anything but those files.
 */
final class StaticPages {

  static final String FOLDER = "/org/khabar/app/web/";

  private static final Pattern NAME =
      Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9]+)*\\.(html|css|js|woff2|svg|txt)");

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "woff2", "font/woff2",
      "svg", "image/svg+xml",
      "txt", "text/plain; charset=utf-8");

  /** Nothing the page loads comes from anywhere but this server. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

  void index(Context ctx) {
    serve(ctx, "index.html");
  }

  void file(Context ctx) {
    serve(ctx, ctx.pathParam("file"));
  }

  private void serve(Context ctx, String name) {
    byte[] bytes = NAME.matcher(name).matches()
        ? cache.computeIfAbsent(name, StaticPages::load).orElse(null) : null;
    if (bytes == null) {
      throw ApiException.notFound("the page has no file named \"" + name + "\"");
    }
    String extension = name.substring(name.lastIndexOf('.') + 1);
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", extension.equals("woff2") ? "max-age=86400" : "no-cache")
        .contentType(TYPES.get(extension))
        .result(bytes);
  }

  private static Optional<byte[]> load(String name) {
    try (InputStream in = StaticPages.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
