package io.summittracker.ingest.extraction.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a data file from the classpath folder {@code extraction/} and, when present, the same name in an extension directory. */
final class TsvSource {
    private static final String ROOT = "/extraction/";

    private TsvSource() {
    }

    /** The bundled file's text followed by the extension file's text (if any), so extensions add entries. */
    static List<String> texts(String name, Path extensionDir) {
        List<String> out = new ArrayList<>();
        try (InputStream in = TsvSource.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + ROOT + name);
            }
            out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (extensionDir != null) {
                Path extra = extensionDir.resolve(name);
                if (Files.isRegularFile(extra)) {
                    out.add(Files.readString(extra, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Rows of tab-separated cells; blank lines and lines starting with '#' are skipped. */
    static List<String[]> rows(String name, Path extensionDir) {
        List<String[]> rows = new ArrayList<>();
        for (String text : texts(name, extensionDir)) {
            for (String line : text.split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static String cell(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }
}
