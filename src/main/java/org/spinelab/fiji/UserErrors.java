package org.spinelab.fiji;

import ij.IJ;
import java.awt.GraphicsEnvironment;
import org.scijava.log.LogService;

/**
 * Shows a user's input error the way ImageJ users expect: an error dialog ({@code IJ.error}) when
 * there is a display, one log line when headless — never a stack trace, since the message
 * ({@link org.spinelab.util.InvalidInputException}) already names the file, column or parameter at fault.
 */
public final class UserErrors {

    private UserErrors() {}

    /** Reports {@code message} as an error of {@code command}; {@code log} may be null (stderr then). */
    public static void report(String command, String message, LogService log) {
        if (!GraphicsEnvironment.isHeadless()) {
            IJ.error(command, message);
        } else if (log != null) {
            log.error(command + ": " + message);
        } else {
            System.err.println("[ERROR] " + command + ": " + message);
        }
    }
}
