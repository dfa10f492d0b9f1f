package io.summittracker.web.curation;

import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;

/** The portal's own cookies, always HttpOnly, SameSite=Strict, Path=/ (and Secure over HTTPS). */
final class Cookies {

    private static final Duration FLASH_LIFETIME = Duration.ofMinutes(1);

    private Cookies() {
    }

    static String session(String token, Duration lifetime, HttpServerRequest request) {
        return cookie(EditorSession.COOKIE, token, Math.max(1, lifetime.toSeconds()), request);
    }

    static String flash(Flash flash, HttpServerRequest request) {
        return cookie(Flash.COOKIE, flash.encode(), FLASH_LIFETIME.toSeconds(), request);
    }

    static String expired(String name, HttpServerRequest request) {
        return cookie(name, "", 0, request);
    }

    private static String cookie(String name, String value, long maxAge, HttpServerRequest request) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (RequestGuard.secure(request) ? "; Secure" : "");
    }
}
