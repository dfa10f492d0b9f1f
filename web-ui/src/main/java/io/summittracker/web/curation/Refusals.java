package io.summittracker.web.curation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The pages a refused form gets: what happened and what to do (sign in, reload the page). */
final class Refusals {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(int status, String heading, String message, boolean signIn);
    }

    private Refusals() {
    }

    static Response foreignOrigin() {
        return page(403, "Form refused", "This form was sent from a page of another site, so the portal did not act on it. "
                + "If you meant to send it, open the page on this portal and send it from there.", false);
    }

    static Response badFormToken() {
        return page(403, "Form refused", "The form could not be verified: it was missing its security token, or it was shown "
                + "before you last signed in. Go back, reload the page and send the form again.", false);
    }

    static Response notSignedIn(boolean expired) {
        return page(401, "Sign in to correct the catalog", expired
                ? "Your editor token has expired, so you are no longer signed in. Nothing was changed. Sign in again with a new token, then send the form again."
                : "Only signed-in editors can correct the catalog. Nothing was changed. Sign in with your editor token, then send the form again.", true);
    }

    static Response page(int status, String heading, String message, boolean signIn) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(status, heading, message, signIn).render());
        if (status == 401) {
            answer.header("WWW-Authenticate", "Bearer realm=\"Summit Tracker editors\"");
        }
        return answer.build();
    }
}
