package org.khabar.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  @Test
  void keepsTheMostRecentlyUsedAnswersUpToItsCapacity() {
    ResponseCache cache = new ResponseCache(2, 60_000);
    cache.put("a", new byte[] {1});
    cache.put("b", new byte[] {2});
    assertThat(cache.get("a")).containsExactly(1);
    cache.put("c", new byte[] {3});
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).containsExactly(1);
    assertThat(cache.get("c")).containsExactly(3);
    cache.clear();
    assertThat(cache.size()).isZero();
  }

  @Test
  void servesNothingOlderThanItsTimeToLive() throws Exception {
    ResponseCache cache = new ResponseCache(10, 0);
    cache.put("a", new byte[] {1});
    Thread.sleep(2);
    assertThat(cache.get("a")).isNull();
  }

  @Test
  void aCacheOfNoEntriesKeepsNothing() {
    ResponseCache cache = new ResponseCache(0, 60_000);
    cache.put("a", new byte[] {1});
    assertThat(cache.get("a")).isNull();
  }
}
