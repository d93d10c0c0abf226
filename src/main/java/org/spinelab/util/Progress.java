package org.spinelab.util;

/**
 * How long work reports how far it got. Core code talks only to this interface; the command line
 * adapts it to a console bar, Fiji to its status bar or SciJava's {@code TaskService}.
 */
public interface Progress {

    /** Ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void update(String task, long done, long total) {}

        @Override
        public void message(String text) {}
    };

    /** {@code done} of {@code total} units of {@code task} are finished. */
    void update(String task, long done, long total);

    /** A line worth showing the user (a warning, a step that started). */
    void message(String text);
}
