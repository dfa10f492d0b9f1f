package io.summittracker.events;

/** An event that cannot be read as a supported version of the schema; its message says why. */
public class InvalidEventException extends Exception {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
