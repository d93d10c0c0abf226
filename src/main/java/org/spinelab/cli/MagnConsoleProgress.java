package org.spinelab.cli;

import java.io.PrintWriter;
import org.spinelab.util.Progress;

/** Progress of MAGN runs as lines on the error stream (so the output files stay clean). */
final class MagnConsoleProgress implements Progress {

    private final PrintWriter err;

    MagnConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(String task, long done, long total) {
        if (task.equals("magn train")) {
            err.println("  epoch " + done + "/" + total);
        }
    }

    @Override
    public void message(String text) {
        err.println(text);
    }
}
