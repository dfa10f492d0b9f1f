package io.summittracker.web.curation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Where a form sends the reader back to: only paths of this portal, so that no form becomes an open redirect. */
record LocalPath(String path, String anchor) {

    private static final Pattern PAGE = Pattern.compile("/(summits|topics|people)/[A-Za-z0-9._~%:@!$&'()*+,;=-]+(/statements)?(\\?[A-Za-z0-9._~%=&+-]*)?");
    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9:_.-]{0,199}");

    /** The page a curation form came from ({@code /summits/…}, {@code /topics/…}, {@code /people/…}, maybe with {@code #anchor}). */
    static LocalPath ofForm(String back) {
        if (back == null) {
            return null;
        }
        String path = back.strip();
        String anchor = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash + 1);
            path = path.substring(0, hash);
            if (!ANCHOR.matcher(anchor).matches()) {
                anchor = null;
            }
        }
        return PAGE.matcher(path).matches() ? new LocalPath(path, anchor) : null;
    }

    /** Any page of the portal, from a same-site URL or path (for "back to where you were" after signing in). */
    static String anyPage(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                    || path.equals("/sign-in") || path.equals("/sign-out")) {
                return null;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    String withAnchor() {
        return anchor == null ? path : path + "#" + anchor;
    }
}
