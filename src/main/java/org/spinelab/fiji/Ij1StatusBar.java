package org.spinelab.fiji;

import ij.IJ;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/**
 * Forwards SciJava status events to ImageJ 1.x's status and progress bars. Only the macro bridge
 * ({@link Ij1CommandRunner}) subscribes it, in plain ImageJ 1.x; Fiji's imagej-legacy does this itself.
 */
final class Ij1StatusBar {

    @EventHandler
    void onStatus(StatusEvent e) {
        String text = e.getStatusMessage();
        if (text != null) {
            IJ.showStatus(text);
        }
        if (e.getProgressMaximum() > 0) {
            IJ.showProgress(e.getProgressValue(), e.getProgressMaximum());
        }
    }
}
