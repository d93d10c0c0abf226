package org.spinelab.fiji;

import ij.IJ;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.awt.GraphicsEnvironment;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Shows the {@link ResultsTable} and {@link Plot} outputs of our commands, which neither SciJava nor
 * imagej-legacy has a display for (image outputs are shown by Fiji, or by {@link Ij1CommandRunner}).
 *
 * <p>A table becomes ImageJ's "Results" table — the one macros read with {@code getResult(column,
 * row)} and the only one headless ImageJ keeps — shown in its window, or printed to the log as
 * tab-separated text when headless. A plot opens in a plot window; headless, a log line names it
 * (scripts get it as the command's output). Commands that were cancelled show nothing. Shown outputs
 * are marked resolved, so SciJava's {@code DisplayPostprocessor} (which runs after this one, at
 * {@code VERY_LOW} priority) neither shows them again nor warns that it cannot.
 */
@Plugin(type = PostprocessorPlugin.class, priority = Priority.LOW)
public class OutputPresenter extends AbstractPostprocessorPlugin {

    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof SpineCommand command) || command.isCanceled()) {
            return;
        }
        for (ModuleItem<?> out : module.getInfo().outputs()) {
            Object value = module.getOutput(out.getName());
            if (value instanceof ResultsTable rt) {
                showResults(rt, command.commandName());
                module.resolveOutput(out.getName());
            } else if (value instanceof Plot plot) {
                showPlot(plot, command.commandName());
                module.resolveOutput(out.getName());
            }
        }
    }

    static void showResults(ResultsTable rt, String command) {
        Analyzer.setResultsTable(rt);
        if (GraphicsEnvironment.isHeadless()) {
            IJ.log(command + " results:");
            IJ.log(rt.getColumnHeadings());
            for (int r = 0; r < rt.size(); r++) {
                IJ.log(rt.getRowAsString(r));
            }
        } else {
            rt.show("Results");
        }
    }

    static void showPlot(Plot plot, String command) {
        if (GraphicsEnvironment.isHeadless()) {
            IJ.log(command + ": plot '" + plot.getTitle() + "' (" + plot.getDataObjectDesignations().length
                    + " data series; no display in headless mode)");
        } else {
            plot.show();
        }
    }
}
