package io.summittracker.web.curation;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.TemplateGlobal;

/** {@code {session}} in every template: the editor's session of the current request (signed out outside requests). */
public class SessionGlobals {

    @TemplateGlobal
    static Session session() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Session.SIGNED_OUT;
        }
        return arc.instance(EditorSession.class).get().view();
    }
}
