package io.summittracker.catalog.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Single flight: concurrent misses of one answer wait for the one request computing it. */
class ResponseCacheTest {

    private final ResponseCache cache = new ResponseCache();
    private final String key = ResponseCache.key(7, "/api/v1/topics/arms-control", "application/json");

    @Test
    void aSecondRequestWaitsForTheFirstsAnswerInsteadOfComputingItAgain() throws Exception {
        assertTrue(cache.claim(key));
        assertFalse(cache.claim(key), "the answer is already being computed");
        CompletableFuture<ResponseCache.Entry> waiter = CompletableFuture.supplyAsync(() -> cache.awaitComputed(key));
        Thread.sleep(100);
        assertFalse(waiter.isDone(), "the waiter waits while the first request computes");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        cache.put(key, new ResponseCache.Entry(body, "application/json"));
        cache.release(key);
        assertArrayEquals(body, waiter.get(2, TimeUnit.SECONDS).body());
        assertTrue(cache.claim(ResponseCache.key(8, "/api/v1/topics/arms-control", "application/json")), "a new version is computed anew");
    }

    @Test
    void aComputationThatFailsOrIsLostHoldsNobodyForLong() throws Exception {
        assertTrue(cache.claim(key));
        long start = System.nanoTime();
        CompletableFuture<ResponseCache.Entry> waiter = CompletableFuture.supplyAsync(() -> cache.awaitComputed(key));
        cache.release(key); // the first request failed: no answer cached
        assertNull(waiter.get(2, TimeUnit.SECONDS));
        assertTrue(cache.claim(key), "the next request computes it");
        // A claim never released (its request died) expires: a later request takes over.
        assertNull(cache.awaitComputed(key));
        assertTrue(System.nanoTime() - start >= ResponseCache.WAIT_NANOS / 2, "waited for the lost computation");
        assertTrue(cache.claim(key));
    }
}
