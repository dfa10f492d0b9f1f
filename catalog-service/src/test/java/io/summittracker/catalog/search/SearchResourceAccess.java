package io.summittracker.catalog.search;

/** Exposes the package-private snippet escaping to tests in other packages. */
public final class SearchResourceAccess {

    private SearchResourceAccess() {
    }

    public static String highlight(String headline) {
        return SearchResource.highlight(headline);
    }
}
