package io.summittracker.web.curation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Editors sign in by pasting their bearer token (a JWT from the identity provider; the local stack writes one
 * to .summit-data/auth/editor-token.txt). The portal keeps it in an HttpOnly, SameSite=Strict cookie and sends
 * it with each correction; the catalog checks the signature and the editor group every time.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String error, String back);
    }

    @Inject
    EditorSession session;
    @Inject
    RequestGuard guard;
    @Inject
    HttpServerRequest request;

    @GET
    @Path("sign-in")
    public TemplateInstance form(@QueryParam("back") String back) {
        return Templates.signIn(null, LocalPath.anyPage(back != null ? back : request.getHeader("Referer")));
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String token, @RestForm String back) {
        if (!guard.sameOrigin(request)) {
            return Refusals.foreignOrigin();
        }
        String target = LocalPath.anyPage(back);
        EditorToken editor;
        try {
            editor = EditorToken.parse(token);
        } catch (EditorToken.Unusable e) {
            return refused(e.getMessage(), target);
        }
        Instant now = Instant.now();
        if (editor.expiredAt(now)) {
            return refused("This token expired on " + Session.when(editor.expires()) + ", so the catalog would refuse it. "
                    + "Get a new token and paste it here (the local stack writes a fresh one at every start).", target);
        }
        if (!editor.editor()) {
            return refused("This token does not make you an editor: its groups do not include “editor”, so the catalog "
                    + "would refuse your corrections. Ask for an editor's token.", target);
        }
        return Response.seeOther(URI.create(target == null ? "/sign-in" : target))
                .header("Set-Cookie", Cookies.session(editor.raw(), Duration.between(now, editor.expires()), request))
                .header("Set-Cookie", Cookies.flash(Flash.ok(null, "Signed in as " + editor.name()
                        + ". Pages now show forms to correct the facts next to them."), request))
                .build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@RestForm String csrf) {
        if (!guard.sameOrigin(request)) {
            return Refusals.foreignOrigin();
        }
        EditorToken editor = session.token();
        if (editor != null && !guard.validFormToken(editor.raw(), csrf)) {
            return Refusals.badFormToken();
        }
        return Response.seeOther(URI.create("/sign-in"))
                .header("Set-Cookie", Cookies.expired(EditorSession.COOKIE, request))
                .header("Set-Cookie", Cookies.flash(Flash.ok(null, "Signed out. Your token is no longer kept by this browser."), request))
                .build();
    }

    private static Response refused(String message, String back) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.signIn(message, back).render()).build();
    }
}
