package io.summittracker.web;

/** An event's category ("signing", "press-conference") as a label ("Signing", "Press conference"). */
public final class EventCategories {

    private EventCategories() {
    }

    public static String label(String category) {
        if (category == null || category.isBlank()) {
            return "Event";
        }
        return Character.toUpperCase(category.charAt(0)) + category.substring(1).replace('-', ' ');
    }
}
