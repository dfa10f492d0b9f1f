package io.summittracker.ingest.extraction.people;

import io.summittracker.ingest.extraction.text.Sentence;

/**
 * A run of capitalised name words in a sentence, after trimming leading titles/demonyms.
 * {@code titleStart} is where a title before the name starts (or -1); {@code words} is the word count.
 */
public record NameCandidate(Sentence sentence, int start, int end, String text, int words, int firstToken, int lastToken,
                            int titleStart, boolean honorific, boolean namedChair) {
}
