package io.summittracker.web.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A message for the next page after a form (post, redirect, get): whether it went well, and what to say. With an
 * {@code anchor} it belongs next to the form of that id on the page (the fact corrected, or the form to fix);
 * without, at the top of the page. {@code signIn}: the message ends with a link to sign in again.
 * Carried in a short-lived cookie, so nobody can put words on the portal's pages with a crafted link.
 */
@TemplateData
public record Flash(boolean ok, String anchor, String message, boolean signIn) {

    static final String COOKIE = "summit_flash";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Flash ok(String anchor, String message) {
        return new Flash(true, anchor, message, false);
    }

    static Flash error(String anchor, String message) {
        return new Flash(false, anchor, message, false);
    }

    String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Flash decode(String value) {
        if (value == null || value.isEmpty() || value.length() > 4096) {
            return null;
        }
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8), Flash.class);
        } catch (Exception e) {
            return null; // not ours, or damaged: no message
        }
    }
}
