package io.summittracker.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixes the few places where the UD tokenizer's output does not suit name rules: it splits initials
 * ("D" "."), and particles ("al" "-" "Assad"), but keeps possessives on the word ("Ukraine's").
 */
final class TokenRepair {

    private TokenRepair() {
    }

    static List<Token> repair(List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            // hyphen split off a name part: "Okonkwo" + "-Hale", "Sokolova-" + "Barr" -> one word
            if (i + 1 < raw.size() && raw.get(i + 1).start() == t.end() && (t.text().endsWith("-") || raw.get(i + 1).text().startsWith("-"))
                    && t.text().matches("[\\p{L}-]*\\p{L}[\\p{L}-]*") && raw.get(i + 1).text().matches("[\\p{L}-]*\\p{L}[\\p{L}'’-]*")) {
                Token n = raw.get(i + 1);
                raw = new ArrayList<>(raw);
                raw.set(i + 1, new Token(t.start(), n.end(), t.text() + n.text()));
                continue;
            }
            // initial or abbreviated honorific: "D" + "." -> "D.", "Mrs" + "." -> "Mrs." (not at the sentence end)
            if (t.text().matches("\\p{Lu}\\p{Ll}{0,2}") && i + 2 < raw.size()
                    && raw.get(i + 1).text().equals(".") && raw.get(i + 1).start() == t.end()
                    && (t.text().length() == 1 || t.text().matches("Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Lt|Maj|Capt|Prof"))) {
                out.add(new Token(t.start(), raw.get(i + 1).end(), t.text() + "."));
                i++;
                continue;
            }
            // particle: "al" + "-" + "Assad" -> "al-Assad"
            if (i + 2 < raw.size() && raw.get(i + 1).text().equals("-") && raw.get(i + 1).start() == t.end()
                    && raw.get(i + 2).start() == raw.get(i + 1).end() && t.text().matches("al|el|bin|ibn|ben|van|von|de|da|di|du|le|la")) {
                Token n = raw.get(i + 2);
                out.add(new Token(t.start(), n.end(), t.text() + "-" + n.text()));
                i += 2;
                continue;
            }
            // hyphenated name: "Okonkwo" + "-" + "Hale" -> "Okonkwo-Hale"
            if (i + 2 < raw.size() && raw.get(i + 1).text().equals("-") && raw.get(i + 1).start() == t.end()
                    && raw.get(i + 2).start() == raw.get(i + 1).end() && t.text().matches("\\p{L}+")
                    && raw.get(i + 2).text().matches("\\p{L}[\\p{L}'’]*")) {
                Token n = raw.get(i + 2);
                raw = new ArrayList<>(raw);
                raw.set(i + 2, new Token(t.start(), n.end(), t.text() + "-" + n.text()));
                i += 1;
                continue;
            }
            // possessive: "Ukraine's" -> "Ukraine" + "'s"
            String x = t.text();
            if (x.length() > 2 && (x.endsWith("'s") || x.endsWith("’s"))) {
                int cut = t.end() - 2;
                out.add(new Token(t.start(), cut, x.substring(0, x.length() - 2)));
                out.add(new Token(cut, t.end(), x.substring(x.length() - 2)));
                continue;
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
