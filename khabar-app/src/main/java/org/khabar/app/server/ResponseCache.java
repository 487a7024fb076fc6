package org.khabar.app.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent answers by request, as JSON bytes: the least recently used are dropped past the
 * capacity, and none is older than the time to live, so an archive changed by another process
 * shows through within that time. Cleared when this server changes the archive.
 */
final class ResponseCache {

  private record Entry(byte[] body, long storedAt) {}

  private final long ttlNanos;
  private final Map<String, Entry> entries;

  ResponseCache(int capacity, long ttlMillis) {
    this.ttlNanos = ttlMillis * 1_000_000L;
    this.entries = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The answer stored for {@code key} if it is still fresh, else null. */
  synchronized byte[] get(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (System.nanoTime() - entry.storedAt() > ttlNanos) {
      entries.remove(key);
      return null;
    }
    return entry.body();
  }

  synchronized void put(String key, byte[] body) {
    entries.put(key, new Entry(body, System.nanoTime()));
  }

  synchronized void clear() {
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }
}
