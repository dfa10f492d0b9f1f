package io.summittracker.catalog.api;

import io.summittracker.catalog.problem.ProblemException;

/** Turns a record that is not there into the API's 404 problem. */
public final class Lookup {

    private Lookup() {
    }

    /** {@code entity} itself, or a 404 "No {what} {id}." when it is null. */
    public static <T> T found(T entity, String what, Object id) {
        if (entity == null) {
            throw new ProblemException(404, "Not found", "No " + what + " " + id + ".");
        }
        return entity;
    }
}
