package io.summittracker.ingest.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.summittracker.events.extraction.Extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code ExtractCli ARTICLES_DIR OUT_DIR [EXTENSION_DIR]}: writes OUT_DIR/<stem>.json for every ARTICLES_DIR/*.txt. */
public final class ExtractCli {

    private ExtractCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractCli ARTICLES_DIR OUT_DIR [EXTENSION_DIR]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Extractor extractor = new Extractor(args.length > 2 ? Path.of(args[2]) : null);
        long t1 = System.nanoTime();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long total = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString();
            long a = System.nanoTime();
            Extraction e = extractor.extract(text, name);
            total += System.nanoTime() - a;
            json.writeValue(out.resolve(name.substring(0, name.length() - 4) + ".json").toFile(), e);
        }
        System.err.printf("loaded in %d ms; extracted %d article(s) in %d ms%n", (t1 - t0) / 1_000_000, files.size(), total / 1_000_000);
    }
}
