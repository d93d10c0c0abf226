package org.spinelab.fiji;

import org.scijava.app.StatusService;
import org.spinelab.util.Progress;

/**
 * Adapts the core's {@link Progress} to SciJava's {@link StatusService}: Fiji shows it in ImageJ's
 * status bar and progress bar (imagej-legacy forwards status events there); without Fiji,
 * {@link Ij1StatusBar} does the same for plain ImageJ 1.x.
 */
public final class StatusProgress implements Progress {

    private final StatusService status;
    private final String command;

    public StatusProgress(StatusService status, String command) {
        this.status = status;
        this.command = command;
    }

    /** Progress bar at {@code done/total} with "command: task (done/total)" as the status text. */
    @Override
    public void update(String task, long done, long total) {
        // StatusService counts in ints; scale very long tasks down rather than overflow.
        long scale = Math.max(1, total / Integer.MAX_VALUE + 1);
        status.showStatus((int) (done / scale), (int) (total / scale),
                command + ": " + task + " (" + done + "/" + total + ")");
    }

    @Override
    public void message(String text) {
        if (text.startsWith("warning")) {
            status.warn(command + ": " + text);
        } else {
            status.showStatus(command + ": " + text);
        }
    }
}
