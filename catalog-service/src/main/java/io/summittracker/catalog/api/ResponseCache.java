package io.summittracker.catalog.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serialized answers to GET requests, valid for one catalog version. Reads vastly outnumber writes in a
 * catalog, and every write raises the version, so an entry can never be stale: a new version simply misses.
 * Bounded (least recently used entries go first) and per replica.
 */
@ApplicationScoped
public class ResponseCache {

    static final int MAX_ENTRIES = 512;
    static final int MAX_ENTRY_BYTES = 1 << 20;

    /** A cached answer: its body and media type. */
    public record Entry(byte[] body, String mediaType) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public static String key(long version, String uri, String accept) {
        return version + " " + uri + " " + (accept == null ? "" : accept);
    }

    public synchronized Entry get(String key) {
        return entries.get(key);
    }

    public synchronized void put(String key, Entry entry) {
        if (entry.body().length <= MAX_ENTRY_BYTES) {
            entries.put(key, entry);
        }
    }
}
