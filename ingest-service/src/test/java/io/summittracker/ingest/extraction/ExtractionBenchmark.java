package io.summittracker.ingest.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction alone, one article per call, on one thread (so per-core throughput = bytes / time per call).
 * Run with ingest-service/bench/extraction-jmh.sh; {@code article} is a path relative to the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class ExtractionBenchmark {

    @Param({"seeds/000_b270fe3877a6fd97.txt", "seeds/002_8c1ae1a0c37bed8f.txt"})
    public String article;

    private Extractor extractor;
    private String text;

    @Setup
    public void setUp() {
        extractor = new Extractor();
        Path root = Path.of(System.getProperty("summit.root", ".."));
        try {
            text = Files.readString(root.resolve(article), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void extract(Blackhole sink) {
        sink.consume(extractor.extract(text, article));
    }
}
