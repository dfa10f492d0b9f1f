package io.summittracker.web.curation;

import io.summittracker.web.catalog.CorrectionRefused;
import io.summittracker.web.catalog.CorrectionRequest;
import io.summittracker.web.catalog.CorrectionsClient;
import io.summittracker.web.catalog.IssueStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The curation forms next to the facts (shown to signed-in editors) post here; each becomes a correction the
 * portal sends to the catalog with the editor's bearer token, then the editor goes back to the page (303) with a
 * message next to the fact: done, or the catalog's reason for refusing. Every post must come from this portal
 * (Origin/Referer), from a signed-in editor, with the form token of their session.
 */
@Path("/curation")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class CurationForms {

    private static final Logger LOG = Logger.getLogger(CurationForms.class);
    static final Set<String> STATUSES = Set.of("agreed", "agreed-in-principle", "proposed", "rejected", "not-reached");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._~:-]{1,200}");
    private static final int MAX_TEXT = 500;

    @Inject
    EditorSession session;
    @Inject
    RequestGuard guard;
    @Inject
    HttpServerRequest request;
    @Inject
    @RestClient
    CorrectionsClient corrections;

    /** A correction the form describes, or the reason it cannot be sent. */
    private record Built(CorrectionRequest request, String problem) {
        static Built of(CorrectionRequest request) {
            return new Built(request, null);
        }

        static Built invalid(String problem) {
            return new Built(null, problem);
        }
    }

    @POST
    @Path("/outcome-status")
    public Response outcomeStatus(@RestForm String csrf, @RestForm String back, @RestForm String outcome,
            @RestForm String status, @RestForm String note) {
        Built built = blank(outcome) ? Built.invalid("The form did not say which outcome to change.")
                : status == null || !STATUSES.contains(status) ? Built.invalid("Choose one of the statuses in the list.")
                : Built.of(CorrectionRequest.outcomeStatus(outcome.strip(), status, text(note)));
        return send(csrf, back, built, "Status changed to “" + (status == null ? "" : IssueStatus.label(status)) + "”.", true);
    }

    @POST
    @Path("/retag")
    public Response retag(@RestForm String csrf, @RestForm String back, @RestForm String statement,
            @RestForm String topics, @RestForm String note) {
        List<String> slugs = topics == null ? List.of()
                : Arrays.stream(topics.toLowerCase(java.util.Locale.ROOT).split("[\\s,;]+")).filter(s -> !s.isEmpty()).distinct().toList();
        String bad = slugs.stream().filter(s -> !SLUG.matcher(s).matches()).findFirst().orElse(null);
        Built built = blank(statement) ? Built.invalid("The form did not say which statement to retag.")
                : bad != null ? Built.invalid("“" + bad + "” is not a topic slug: slugs are lower-case words joined by hyphens, "
                        + "like arms-control, separated by spaces.")
                : Built.of(CorrectionRequest.retag(statement.strip(), slugs, text(note)));
        // The statement may move to other topic groups: the message goes at the top of the page.
        return send(csrf, back, built, slugs.isEmpty() ? "The statement now has no topics." : "Topics saved: " + String.join(", ", slugs) + ".", false);
    }

    @POST
    @Path("/hide-statement")
    public Response hideStatement(@RestForm String csrf, @RestForm String back, @RestForm String statement, @RestForm String note) {
        Built built = blank(statement) ? Built.invalid("The form did not say which statement to hide.")
                : Built.of(CorrectionRequest.hideStatement(statement.strip(), text(note)));
        return send(csrf, back, built, "The statement is hidden: it no longer appears on the portal or in the catalog API. "
                + "The correction is kept in the audit trail.", false);
    }

    @POST
    @Path("/edit-role")
    public Response editRole(@RestForm String csrf, @RestForm String back, @RestForm String person, @RestForm String title,
            @RestForm String organization, @RestForm String wasFormer, @RestForm String wasPeriod, @RestForm String newTitle,
            @RestForm String newOrganization, @RestForm String former, @RestForm String period, @RestForm String note) {
        Boolean formerNow = "former".equals(former) ? Boolean.TRUE : "current".equals(former) ? Boolean.FALSE : null;
        String titleNow = changed(newTitle, title);
        String organizationNow = changed(newOrganization, organization);
        String periodNow = changed(period, wasPeriod);
        if (formerNow != null && formerNow.equals(Boolean.valueOf(wasFormer))) {
            formerNow = null;
        }
        Built built = blank(person) || blank(title) ? Built.invalid("The form did not say which role to change.")
                : titleNow == null && organizationNow == null && formerNow == null && periodNow == null
                ? Built.invalid("Nothing to change: edit the title, the organisation, current or former, or when.")
                : Built.of(CorrectionRequest.editRole(person.strip(), title, blank(organization) ? null : organization,
                        titleNow, organizationNow, formerNow, periodNow, text(note)));
        return send(csrf, back, built, "Role corrected.", false);
    }

    @POST
    @Path("/merge-people")
    public Response mergePeople(@RestForm String csrf, @RestForm String back, @RestForm String person, @RestForm String into,
            @RestForm String confirm, @RestForm String note) {
        String kept = personId(into);
        Built built = blank(person) ? Built.invalid("The form did not say which person to merge.")
                : kept == null ? Built.invalid("Give the id of the person to keep: the last part of their page's address, "
                        + "as in /people/ronald-reagan.")
                : kept.equals(person.strip()) ? Built.invalid("That is this person: give the id of another person.")
                : !"yes".equals(confirm) ? Built.invalid("Tick the box to confirm the merge: it cannot be undone from the portal.")
                : Built.of(CorrectionRequest.mergePeople(person.strip(), kept, text(note)));
        // The merged record is gone: the editor goes on to the person kept.
        return send(csrf, back, built, "Merged: the names, roles and statements of the merged person are now on this page.",
                false, kept == null ? null : "/people/" + URLEncoder.encode(kept, StandardCharsets.UTF_8));
    }

    private Response send(String csrf, String back, Built built, String success, boolean keepAnchor) {
        return send(csrf, back, built, success, keepAnchor, null);
    }

    /**
     * Checks the post, sends the correction, and answers with a redirect back to the page: with the message next to
     * the fact ({@code keepAnchor}) or at the top (when the fact is gone or changed); {@code donePath} instead of the
     * page after a success, when given.
     */
    private Response send(String csrf, String back, Built built, String success, boolean keepAnchor, String donePath) {
        if (!guard.sameOrigin(request)) {
            return Refusals.foreignOrigin();
        }
        EditorToken editor = session.token();
        if (editor == null) {
            return Refusals.notSignedIn(session.hadCookie());
        }
        if (!guard.validFormToken(editor.raw(), csrf)) {
            return Refusals.badFormToken();
        }
        LocalPath page = LocalPath.ofForm(back);
        if (page == null) {
            return Refusals.page(400, "Form not understood", "The form did not say which page it belongs to. Go back, reload the page and try again.", false);
        }
        if (built.problem() != null) {
            return back(page, Flash.error(page.anchor(), built.problem()), false);
        }
        try {
            corrections.submit("Bearer " + editor.raw(), built.request());
        } catch (CorrectionRefused e) {
            return refused(page, e);
        } catch (ProcessingException e) {
            LOG.warn("Catalog unreachable for a correction: " + e.getMessage());
            return back(page, Flash.error(page.anchor(), "The catalog cannot be reached right now, so nothing was changed. "
                    + "Try again in a moment."), false);
        }
        LOG.infof("Correction %s sent by %s", built.request().kind(), editor.name());
        return keepAnchor ? back(page, Flash.ok(page.anchor(), success), false)
                : Response.seeOther(URI.create(donePath != null ? donePath : page.path()))
                        .header("Set-Cookie", Cookies.flash(Flash.ok(null, success), request)).build();
    }

    private Response refused(LocalPath page, CorrectionRefused e) {
        if (e.status() == 401) {
            return back(page, new Flash(false, null, "The catalog refused your editor token (it may have expired, been revoked, "
                    + "or come from another identity provider), so nothing was changed. Sign in again with a new token.", true), true);
        }
        if (e.status() == 403) {
            return back(page, new Flash(false, null, "The catalog refused your editor token: it does not make you an editor, "
                    + "so nothing was changed. Sign in again with an editor's token.", true), false);
        }
        if (e.status() >= 500) {
            LOG.warn("Catalog failed a correction: " + e.getMessage());
            return back(page, Flash.error(page.anchor(), e.detail() != null ? e.detail()
                    : "The catalog could not record the correction right now, so nothing was changed. Try again in a moment."), false);
        }
        String reason = e.detail() != null ? e.detail() : e.title() != null ? e.title() + "." : "The catalog did not accept this correction.";
        return back(page, Flash.error(page.anchor(), "Not changed: " + reason), false);
    }

    private Response back(LocalPath page, Flash flash, boolean signOut) {
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(flash.anchor() != null ? page.withAnchor() : page.path()))
                .header("Set-Cookie", Cookies.flash(flash, request));
        if (signOut) {
            redirect.header("Set-Cookie", Cookies.expired(EditorSession.COOKIE, request));
        }
        return redirect.build();
    }

    private static String personId(String into) {
        if (blank(into)) {
            return null;
        }
        String id = into.strip();
        int slash = id.lastIndexOf("/people/");
        if (slash >= 0) {
            id = id.substring(slash + "/people/".length());
        }
        id = id.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return PERSON_ID.matcher(id).matches() ? id : null;
    }

    private static String changed(String value, String was) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        return v.equals(was == null ? null : was.strip()) ? null : limit(v);
    }

    private static String text(String value) {
        return blank(value) ? null : limit(value.strip());
    }

    private static String limit(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
