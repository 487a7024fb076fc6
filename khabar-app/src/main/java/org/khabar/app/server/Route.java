package org.khabar.app.server;

import io.javalin.http.Handler;

/** One route of the server: a method, a path in Javalin's {@code {param}} syntax, a handler. */
public record Route(String method, String path, Handler handler) {

  static Route get(String path, Handler handler) {
    return new Route("GET", path, handler);
  }

  static Route post(String path, Handler handler) {
    return new Route("POST", path, handler);
  }

  /** True for routes of the JSON API (the ones the OpenAPI description must list). */
  public boolean isApi() {
    return path.startsWith("/api/");
  }
}
