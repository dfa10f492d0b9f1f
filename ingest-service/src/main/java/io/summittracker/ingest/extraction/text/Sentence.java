package io.summittracker.ingest.extraction.text;

import java.util.List;

/** A sentence: offsets into the document text, its paragraph and its tokens. */
public record Sentence(int index, int start, int end, String text, int paragraph, List<Token> tokens) {
}
