package io.summittracker.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.summittracker.events.DocumentEvents;
import io.summittracker.events.extraction.Extraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression floor for extraction quality: runs the extractor on the seed articles and on the dev set and
 * scores the output with the project's scorer ({@code eval/score.py}, needs python3).
 */
class ExtractionQualityTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CATEGORY = Pattern.compile("^(\\w[\\w ]*?)\\s+([01]\\.\\d\\d)\\s+([01]\\.\\d\\d)\\s+([01]\\.\\d\\d)$");
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    @Test
    void seedsScoreAtLeastNinetyWithNoCategoryUnderSeventyFive() throws Exception {
        String report = score(ROOT.resolve("seeds"), ROOT.resolve("eval/seeds-gold"), "seeds", 0.90);
        for (String line : report.lines().toList()) {
            Matcher m = CATEGORY.matcher(line.strip());
            if (m.matches()) {
                assertTrue(Double.parseDouble(m.group(4)) >= 0.75, "category under 0.75 on the seeds: " + line);
            }
        }
    }

    @Test
    void theDevSetOfUnseenGenresStaysAboveItsFloor() throws Exception {
        score(ROOT.resolve("eval/devset/articles"), ROOT.resolve("eval/devset/gold"), "devset", 0.85);
    }

    private static String score(Path articles, Path gold, String name, double floor) throws IOException, InterruptedException {
        assumeTrue(python() , "python3 is needed to run eval/score.py");
        Path out = Path.of("target/quality", name);
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(articles)) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = article.getFileName().toString().replaceFirst("\\.txt$", "");
                Extraction e = extractor.extract(Files.readString(article), article.getFileName().toString());
                Files.writeString(out.resolve(stem + ".json"), DocumentEvents.mapper().writeValueAsString(e));
            }
        }
        List<String> command = new ArrayList<>(List.of("python3", ROOT.resolve("eval/score.py").toString(),
                "--articles", articles.toString(), "--gold", gold.toString(), "--extractions", out.toString(),
                "--min", String.valueOf(floor)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        System.out.println("== extraction quality, " + name + "\n" + report);
        assertEquals(0, p.exitValue(), name + " scored under " + floor + ":\n" + report);
        return report;
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
