package io.summittracker.web.curation;

import io.quarkus.arc.Unremovable;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Who is signed in for this request: the editor token in the {@value #COOKIE} cookie, if it is there and not
 * expired; and the flash message left by the previous form, if any.
 */
@RequestScoped
@Unremovable
public class EditorSession {

    /** HttpOnly, SameSite=Strict, Path=/: holds the editor's bearer token, sent on to the catalog with corrections. */
    public static final String COOKIE = "summit_editor";

    @Inject
    HttpServerRequest request;
    @Inject
    RequestGuard guard;

    private boolean read;
    private EditorToken token;
    private Session view;

    /** The editor's token; null when nobody is signed in, or the token has expired. */
    public EditorToken token() {
        if (!read) {
            read = true;
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null) {
                try {
                    EditorToken t = EditorToken.parse(cookie.getValue());
                    token = t.expiredAt(Instant.now()) ? null : t;
                } catch (EditorToken.Unusable e) {
                    token = null;
                }
            }
        }
        return token;
    }

    public boolean signedIn() {
        return token() != null;
    }

    /** A session cookie came with the request (it may have expired meanwhile). */
    public boolean hadCookie() {
        return request.getCookie(COOKIE) != null;
    }

    public Flash flash() {
        Cookie cookie = request.getCookie(Flash.COOKIE);
        return cookie == null ? null : Flash.decode(cookie.getValue());
    }

    /** What the pages need: whether to show the forms, the editor's name, the form token and the flash message. */
    public Session view() {
        if (view == null) {
            EditorToken t = token();
            view = t == null ? new Session(false, null, null, null, flash())
                    : new Session(true, t.name(), t.expires(), guard.formToken(t.raw()), flash());
        }
        return view;
    }
}
