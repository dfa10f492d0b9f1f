package io.summittracker.web.search;

import io.quarkus.qute.RawString;

/**
 * A search snippet as HTML: everything escaped, then only the exact tags {@code <mark>} and {@code </mark>}
 * allowed back. The catalog promises HTML-safe snippets; the portal does not rely on it.
 */
public final class SafeSnippet {

    private SafeSnippet() {
    }

    public static RawString of(String snippet) {
        if (snippet == null) {
            return new RawString("");
        }
        StringBuilder escaped = new StringBuilder(snippet.length() + 16);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        String html = escaped.toString().replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
        return new RawString(balance(html));
    }

    /** Closes a {@code <mark>} left open and drops a stray close, so a snippet never leaks markup around it. */
    private static String balance(String html) {
        StringBuilder out = new StringBuilder(html.length() + 8);
        boolean open = false;
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith("<mark>", i)) {
                if (!open) {
                    out.append("<mark>");
                    open = true;
                }
                i += 6;
            } else if (html.startsWith("</mark>", i)) {
                if (open) {
                    out.append("</mark>");
                    open = false;
                }
                i += 7;
            } else {
                out.append(html.charAt(i++));
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
