package org.spinelab.util;

/**
 * Bad input from a user: a missing or malformed file, a grid mismatch, a non-binary label, an empty
 * ROI. The message is shown to the user as it is, so it names the file, column or parameter at fault.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
