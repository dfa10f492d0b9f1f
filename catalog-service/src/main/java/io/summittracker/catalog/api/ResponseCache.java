package io.summittracker.catalog.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Serialized answers to GET requests, valid for one catalog version. Reads vastly outnumber writes in a
 * catalog, and every write raises the version, so an entry can never be stale: a new version simply misses.
 * Bounded (least recently used entries go first) and per replica. When a new version makes many concurrent
 * requests miss at once, one of them computes the answer and the others wait for it (single flight), so a
 * burst of reads right after a write runs the queries once, not once per request.
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

    /** How long a request waits for another's computation before computing the answer itself. */
    static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A computation in progress; one that outlives {@link #WAIT_NANOS} is given up (its request may have died). */
    private record InFlight(CountDownLatch done, long startedAt) {
        boolean expired() {
            return System.nanoTime() - startedAt > WAIT_NANOS;
        }
    }

    private final Map<String, InFlight> computing = new ConcurrentHashMap<>();

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

    /** Claims the computation of key's answer: true if the caller is to compute it (then {@link #release} it). */
    public boolean claim(String key) {
        InFlight mine = new InFlight(new CountDownLatch(1), System.nanoTime());
        return computing.compute(key, (k, current) -> current == null || current.expired() ? mine : current) == mine;
    }

    /** Waits, boundedly, for the request that claimed key; then its cached answer, or null if none came. */
    public Entry awaitComputed(String key) {
        InFlight other = computing.get(key);
        if (other != null) {
            long left = WAIT_NANOS - (System.nanoTime() - other.startedAt());
            try {
                if (left > 0) {
                    other.done().await(left, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return get(key);
    }

    /** Ends a claimed computation (answer cached or not) and wakes those waiting for it. */
    public void release(String key) {
        InFlight done = computing.remove(key);
        if (done != null) {
            done.done().countDown();
        }
    }
}
