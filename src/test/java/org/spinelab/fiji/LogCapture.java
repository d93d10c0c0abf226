package org.spinelab.fiji;

import java.util.ArrayList;
import java.util.List;
import org.scijava.log.LogLevel;
import org.scijava.log.LogListener;
import org.scijava.log.LogMessage;

/** Collects the messages a SciJava LogService logs. */
final class LogCapture implements LogListener {

    final List<LogMessage> messages = new ArrayList<>();

    @Override
    public synchronized void messageLogged(LogMessage message) {
        messages.add(message);
    }

    synchronized List<LogMessage> errors() {
        return messages.stream().filter(m -> m.level() == LogLevel.ERROR).toList();
    }
}
