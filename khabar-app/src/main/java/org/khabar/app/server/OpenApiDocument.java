package org.khabar.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of the API, kept as a resource. */
final class OpenApiDocument {

  static final String RESOURCE = "/org/khabar/app/server/openapi.json";

  private final byte[] document;

  OpenApiDocument() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(document);
  }
}
