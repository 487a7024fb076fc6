package org.khabar.app.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.khabar.archive.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON {@link ErrorBody} with the right status. */
final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  static void install(JavalinConfig config) {
    config.routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(),
        e.getMessage()));
    config.routes.exception(QueryException.class, (e, ctx) -> answer(ctx, 400,
        e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx,
        e.getStatus(), explain(e.getStatus(), ctx)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, "the server failed to answer this request (" + e.getClass()
          .getSimpleName() + "); the problem is logged on the server, and other requests"
          + " still work");
    });
    config.routes.error(404, ctx -> {
      if (ctx.result() == null) {
        answer(ctx, 404, explain(404, ctx));
      }
    });
    config.routes.error(405, ctx -> {
      if (ctx.result() == null) {
        answer(ctx, 405, explain(405, ctx));
      }
    });
  }

  static void answer(Context ctx, int status, String message) {
    ctx.status(status).json(ErrorBody.of(status, message));
  }

  private static String explain(int status, Context ctx) {
    return switch (status) {
      case 404 -> "there is nothing at " + ctx.method() + " " + ctx.path()
          + "; the routes are listed at /api/openapi.json";
      case 405 -> ctx.path() + " does not take " + ctx.method()
          + "; the routes and their methods are listed at /api/openapi.json";
      case 413 -> "the request is too large for this server; send less at a time";
      default -> ErrorBody.reason(status);
    };
  }
}
