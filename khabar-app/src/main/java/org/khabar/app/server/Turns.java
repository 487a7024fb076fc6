package org.khabar.app.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most N requests at a time do an expensive job; the others wait their turn, first come
 * first served, and are answered 503 if the wait grows too long.
 *
 * <p>Why: analysing a report takes milliseconds of CPU, answering a cached search microseconds.
 * With as many analyses running as there are request threads, searches queue behind them for
 * the cores (measured with {@code khabar bench serve} on 2 cores: search p99 199 ms with 50
 * analyses at once, 32 ms with one).
 */
final class Turns {

  private final Semaphore permits;
  private final Duration longestWait;
  private final String busyMessage;

  Turns(int atOnce, Duration longestWait, String busyMessage) {
    this.permits = new Semaphore(atOnce, true);
    this.longestWait = longestWait;
    this.busyMessage = busyMessage;
  }

  /** A job that may fail with {@code E}: an upload's I/O, or nothing checked. */
  interface Job<T, E extends Exception> {
    T get() throws E;
  }

  /**
   * Runs {@code job} once a turn is free, passing on what it throws; 503 if no turn is free
   * within the longest wait.
   */
  <T, E extends Exception> T run(Job<T, E> job) throws E {
    try {
      if (!permits.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ApiException(503, busyMessage);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping; try again later");
    }
    try {
      return job.get();
    } finally {
      permits.release();
    }
  }
}
