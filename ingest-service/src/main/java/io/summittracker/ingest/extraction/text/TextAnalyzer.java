package io.summittracker.ingest.extraction.text;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs (lines), sentences and tokens with OpenNLP's UD English models, loaded once from the classpath.
 * Uses OpenNLP's thread-safe wrappers so one analyzer serves all threads.
 */
public final class TextAnalyzer {
    private static final String[] SENTENCE_MODELS = {"/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"};
    private static final String[] TOKEN_MODELS = {"/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"};

    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Jr|Sr|No|vs|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\\.S|U\\.N)\\.$");

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;

    public TextAnalyzer() {
        try (InputStream s = open(SENTENCE_MODELS); InputStream t = open(TOKEN_MODELS)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String[] names) {
        for (String n : names) {
            InputStream in = TextAnalyzer.class.getResourceAsStream(n);
            if (in != null) {
                return in;
            }
        }
        throw new IllegalStateException("OpenNLP model not on the classpath: " + String.join(", ", names));
    }

    public AnalyzedText analyze(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                Paragraph p = new Paragraph(paragraphs.size(), s, e, text.substring(s, e));
                paragraphs.add(p);
                splitSentences(p, out);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return new AnalyzedText(text, List.copyOf(paragraphs), List.copyOf(out));
    }

    /** A sentence that opens a quotation it does not close: the quotation continues in the next sentence. */
    private static boolean openQuote(String s) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    private void splitSentences(Paragraph p, List<Sentence> out) {
        List<int[]> spans = new ArrayList<>();
        for (Span span : sentences.sentPosDetect(p.text())) {
            int[] cur = {span.getStart(), span.getEnd()};
            // the model splits after initials and abbreviations ("George H. W. Bush", "Mr. X"): glue them back
            if (!spans.isEmpty() && (ABBREVIATION_END.matcher(p.text().substring(spans.get(spans.size() - 1)[0], spans.get(spans.size() - 1)[1])).find()
                    || openQuote(p.text().substring(spans.get(spans.size() - 1)[0], spans.get(spans.size() - 1)[1])))) {
                spans.get(spans.size() - 1)[1] = cur[1];
            } else {
                spans.add(cur);
            }
        }
        for (int[] span : spans) {
            int start = p.start() + span[0];
            int end = p.start() + span[1];
            String sentenceText = p.text().substring(span[0], span[1]);
            List<Token> raw = new ArrayList<>();
            // the tokenizer model decides splits inside whitespace-separated chunks only; plain words need no model
            int i = 0;
            int n = sentenceText.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(sentenceText.charAt(i))) {
                    i++;
                }
                int j = i;
                boolean plain = true;
                while (j < n && !Character.isWhitespace(sentenceText.charAt(j))) {
                    plain &= Character.isLetterOrDigit(sentenceText.charAt(j));
                    j++;
                }
                if (j > i) {
                    String chunk = sentenceText.substring(i, j);
                    if (plain) {
                        raw.add(new Token(start + i, start + j, chunk));
                    } else {
                        for (Span t : tokenizer.tokenizePos(chunk)) {
                            raw.add(new Token(start + i + t.getStart(), start + i + t.getEnd(), chunk.substring(t.getStart(), t.getEnd())));
                        }
                    }
                }
                i = j;
            }
            out.add(new Sentence(out.size(), start, end, sentenceText, p.index(), TokenRepair.repair(raw)));
        }
    }
}
