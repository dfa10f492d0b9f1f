package io.summittracker.web.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An editor's bearer token (a JWT), read by the portal only to say who is signed in and until when. The portal
 * does not check the signature: the catalog verifies the token on every correction it receives.
 */
public record EditorToken(String raw, String name, Instant expires, List<String> groups) {

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A token the portal cannot use; the message says why, for the person pasting it. */
    public static class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** Reads a pasted token (a leading "Bearer " and surrounding spaces are forgiven). */
    public static EditorToken parse(String text) throws Unusable {
        String raw = text == null ? "" : text.strip();
        if (raw.regionMatches(true, 0, "Bearer ", 0, 7)) {
            raw = raw.substring(7).strip();
        }
        if (raw.isEmpty()) {
            throw new Unusable("Paste your editor token.");
        }
        if (raw.length() > 8192 || !JWT.matcher(raw).matches()) {
            throw new Unusable("This is not an editor token. A token (a JWT) is three groups of letters and digits separated by dots, with no spaces.");
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(Base64.getUrlDecoder().decode(raw.substring(raw.indexOf('.') + 1, raw.lastIndexOf('.'))));
        } catch (IllegalArgumentException | IOException e) {
            claims = null;
        }
        if (claims == null || !claims.isObject()) {
            throw new Unusable("This token cannot be read: its middle part is not a set of claims. Copy the whole token again.");
        }
        if (!claims.path("exp").canConvertToLong()) {
            throw new Unusable("This token has no expiry time (exp claim); the catalog does not accept such tokens.");
        }
        Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong());
        List<String> groups = new ArrayList<>();
        claims.path("groups").forEach(g -> groups.add(g.asText()));
        String name = firstText(claims, "upn", "preferred_username", "sub");
        return new EditorToken(raw, name == null ? "an unnamed editor" : name, expires, List.copyOf(groups));
    }

    public boolean expiredAt(Instant now) {
        return !expires.isAfter(now);
    }

    public boolean editor() {
        return groups.contains("editor");
    }

    private static String firstText(JsonNode claims, String... names) {
        for (String n : names) {
            if (claims.path(n).isTextual() && !claims.path(n).asText().isBlank()) {
                return claims.path(n).asText().strip();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "EditorToken[" + name + ", expires " + expires + "]"; // never the token itself in logs
    }
}
