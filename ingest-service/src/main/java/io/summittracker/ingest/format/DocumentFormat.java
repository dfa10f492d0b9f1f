package io.summittracker.ingest.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an article may arrive in, by media type and by file-name extension. */
public enum DocumentFormat {
    PLAIN("text/plain", List.of("txt", "text"), true),
    MARKDOWN("text/markdown", List.of("md", "markdown"), true),
    HTML("text/html", List.of("html", "htm", "xhtml"), false),
    PDF("application/pdf", List.of("pdf"), false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), false);

    private final String mediaType;
    private final List<String> extensions;
    private final boolean verbatim;

    DocumentFormat(String mediaType, List<String> extensions, boolean verbatim) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.verbatim = verbatim;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the stored text is the body itself (plain text, Markdown) rather than text parsed out of it. */
    public boolean verbatim() {
        return verbatim;
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (bare.equals("application/xhtml+xml")) {
            return Optional.of(HTML);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    public static Optional<DocumentFormat> ofFilename(String filename) {
        if (filename == null || !filename.contains(".")) {
            return Optional.empty();
        }
        String ext = filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public static String supportedList() {
        return String.join(", ", Arrays.stream(values()).map(DocumentFormat::mediaType).toList());
    }
}
