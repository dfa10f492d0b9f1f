package io.summittracker.web;

import io.quarkus.qute.TemplateExtension;
import io.summittracker.web.catalog.IssueStatus;

/** {status:label(s)} and {status:badge(s)} in templates: the words and the badge class of an issue status. */
@TemplateExtension(namespace = "status")
public class StatusBadges {

    static String label(String status) {
        return IssueStatus.label(status);
    }

    static String badge(String status) {
        return IssueStatus.badgeClass(status);
    }
}
