package io.summittracker.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;

/** The input text split into paragraphs, sentences and tokens. */
public record AnalyzedText(String text, List<Paragraph> paragraphs, List<Sentence> sentences) {

    /** Sentences of one paragraph, in order. */
    public List<Sentence> sentencesOf(int paragraph) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.paragraph() == paragraph) {
                out.add(s);
            }
        }
        return out;
    }
}
