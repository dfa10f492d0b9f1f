package io.summittracker.ingest.extraction.document;

import java.util.List;
import java.util.Set;

/**
 * Where things are in the document: title line, author lines and bio, header lines (venue, date),
 * boilerplate lines, and the first body paragraph. Paragraph indexes refer to {@code AnalyzedText.paragraphs()}.
 */
public record DocumentLayout(int titleParagraph, List<AuthorLine> authors, int bioParagraph, Set<Integer> bios, Set<Integer> boilerplate,
                             Set<Integer> header, int bodyStart, String publisher, String published) {

    /** A person named as author, with the offsets of the name. */
    public record AuthorLine(String name, int start, int end, int paragraph) {
    }

    public boolean isBody(int paragraph) {
        return paragraph >= bodyStart && !boilerplate.contains(paragraph) && !bios.contains(paragraph)
                && !header.contains(paragraph);
    }
}
