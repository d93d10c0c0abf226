package org.spinelab.cli;

import java.io.PrintWriter;
import org.spinelab.util.Progress;

/** A one-line progress bar on the error stream ({@code extract [#####.....] 5/10}). */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String task, long done, long total) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        err.print("\r" + task + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    @Override
    public synchronized void message(String text) {
        err.println(text);
        err.flush();
    }
}
