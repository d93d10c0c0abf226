package org.spinelab.fiji;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import org.scijava.log.LogService;

/**
 * Shows a user's input error the way ImageJ users expect, once and without a stack trace, since the
 * message ({@link org.spinelab.util.InvalidInputException}) already names the file, column or
 * parameter at fault: an error dialog ({@code IJ.error}) with a display, one log line headless.
 *
 * <p>Inside a macro's {@code run(…)} call, {@code IJ.error} also stops the macro — ImageJ 1.x's way of
 * failing a macro. ImageJ 1.54p shows that macro error in a dialog, which headless throws a
 * {@link HeadlessException} after the interpreter has already stopped; the log line is then the message.
 */
public final class UserErrors {

    private UserErrors() {}

    /** Reports {@code message} as an error of {@code command}; {@code log} may be null (stderr then). */
    public static void report(String command, String message, LogService log) {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless) {
            if (log != null) {
                log.error(command + ": " + message);
            } else {
                System.err.println("[ERROR] " + command + ": " + message);
            }
        }
        if (!headless || Interpreter.getInstance() != null) {
            try {
                IJ.error(command, message);
            } catch (HeadlessException e) {
                // the macro is stopped; the message went to the log above
            } catch (RuntimeException e) {
                if (!Macro.MACRO_CANCELED.equals(e.getMessage())) {
                    throw e;
                }
            }
        }
    }
}
