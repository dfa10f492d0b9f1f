package io.summittracker.web.curation;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The editor's session as every page sees it ({@code {session}} in templates, see {@link SessionGlobals}):
 * signed in or not, as whom and until when, the token the forms carry, and the message from the last form.
 */
@TemplateData
public record Session(boolean signedIn, String editor, Instant expires, String csrf, Flash flash) {

    static final Session SIGNED_OUT = new Session(false, null, null, null, null);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String expiresText() {
        return when(expires);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The flash message belongs at the top of the page (it is about no form in particular). */
    public boolean banner() {
        return flash != null && flash.anchor() == null;
    }

    /** The flash message belongs next to the form (or fact) with this anchor. */
    public boolean flashAt(String anchor) {
        return flash != null && anchor != null && anchor.equals(flash.anchor());
    }

    /** The form with this anchor was refused: open it, and link its fields to the message. */
    public boolean errorAt(String anchor) {
        return flashAt(anchor) && !flash.ok();
    }
}
