package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.TopicRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentAndTopicRulesTest {

    @Test
    void boilerplateAndHeaderAreRecognised() {
        Extraction e = Shared.run("A Summit Worth Having\nSubscribe to our newsletter\nBy Ilse Marchbank\nThe Northgate Herald, March 3, 2021\n\nThe summit was useful.\n");
        assertEquals("A Summit Worth Having", e.document().title());
        assertEquals(List.of("Ilse Marchbank"), e.document().authors());
        assertEquals("2021-03-03", e.document().published());
        assertEquals("The Northgate Herald", e.document().publisher());
        assertEquals(1, e.document().boilerplate().size());
    }

    @Test
    void bylinesWithPositionEmployerOrDate() {
        assertEquals(List.of("Ilse Marchbank"), Shared.run("A Summit Worth Having\nBy Ilse Marchbank, Diplomatic Correspondent\nThe Northgate Herald, March 3, 2021\n\nThe summit was useful.\n").document().authors());
        assertEquals(List.of("Ilse Marchbank"), Shared.run("A Summit Worth Having\nBy Ilse Marchbank, Northgate News Agency\nMarch 3, 2021\n\nThe summit was useful.\n").document().authors());
        assertEquals(List.of("Ilse Marchbank"), Shared.run("A Summit Worth Having\nInterview by Ilse Marchbank | March 3, 2021\n\nThe summit was useful.\n").document().authors());
        assertEquals(List.of("Ilse Marchbank"), Shared.run("A Summit Worth Having\nSummary prepared by Ilse Marchbank, research assistant\n\nThe summit was useful.\n").document().authors());
        assertEquals(List.of(), Shared.run("A Summit Worth Having\nBy the Northgate Herald explainers team\n\nThe summit was useful.\n").document().authors());
    }

    @Test
    void topicsFromKeywordsButNotFromProperNames() {
        Extraction e = Shared.run("Test headline\n\nThe two sides discussed sanctions and Nord Stream 2. Ilsa Brandt of the Euro Security Initiative attended.\n");
        List<String> slugs = e.topics().stream().map(TopicRef::slug).toList();
        assertTrue(slugs.contains("sanctions"));
        assertTrue(slugs.contains("energy"));
        assertFalse(slugs.contains("military-security"), slugs.toString());
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        String text = "Test headline\n\nOn 16 June Joe Biden and Vladimir Putin met at the Geneva summit. Hilde Varga, Director of the Lakeside Centre, said that the summit was useful.\n";
        String expected = Shared.EXTRACTOR.extract(text, "a.txt").toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Shared.EXTRACTOR.extract(text, "a.txt").toString()));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
