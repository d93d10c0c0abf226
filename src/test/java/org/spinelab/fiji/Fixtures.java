package org.spinelab.fiji;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/** Commands that exist only for tests (not annotated with @Plugin, so no context discovers them). */
final class Fixtures {

    private Fixtures() {}

    /** Inputs of every kind the bridge converts. */
    public static class TypedInputs extends SpineCommand {
        @Parameter
        public double sigma = 1;

        @Parameter(choices = {"nearest", "linear"})
        public String mode = "nearest";

        @Parameter(required = false)
        public boolean verbose;

        @Parameter
        public int count = 1;

        @Parameter(type = ItemIO.OUTPUT)
        public String echo;

        @Override
        protected void execute() {
            echo = sigma + " " + mode + " " + verbose + " " + count;
        }
    }

    /** Breaks both key rules: a camelCase key, and "radius", the _-suffix of "max_radius". */
    public static class BadKeys implements Command {
        @Parameter
        public double radius;

        @Parameter
        public double max_radius;

        @Parameter
        public String outputDir;

        @Override
        public void run() {}
    }
}
