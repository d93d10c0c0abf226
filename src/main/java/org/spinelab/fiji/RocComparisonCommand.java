package org.spinelab.fiji;

import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › ROC Comparison: AUCs with DeLong 95 % CIs, Youden cut-offs and paired
 * DeLong tests of score columns of an open table against a 0/1 label column (1 = metastasis, higher
 * score = class 1), as {@code spinelab roc} computes them ({@link RocAnalysis}). Results go to the
 * "Results" table ({@link RocTable}) and a plot of the curves ({@link RocPlot}).
 * Macro: {@code run("ROC Comparison", "table=Results label=label scores=radscore,nomogram");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>ROC Comparison",
        description = "AUC with DeLong 95% CI, Youden cut-off and paired DeLong tests of score columns")
public class RocComparisonCommand extends SpineCommand {

    @Parameter(label = "Table (window title)", persist = false)
    private String table = "Results";

    @Parameter(label = "Label column (0/1)", persist = false)
    private String label = "label";

    @Parameter(label = "Score columns (comma-separated)")
    private String scores;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable results;

    @Parameter(type = ItemIO.OUTPUT)
    private Plot plot;

    @Override
    protected void execute() {
        TableInput t = TableInput.byTitle(table);
        int[] labels = t.binary(label);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String s : scores.split(",")) {
            String name = s.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (columns.put(name, t.numbers(name)) != null) {
                throw new InvalidInputException("scores=" + scores + ": column '" + name + "' given twice");
            }
        }
        if (columns.isEmpty()) {
            throw new InvalidInputException("scores=" + scores + ": name at least one score column");
        }
        RocAnalysis.Result result = RocAnalysis.analyze(labels, columns, label, RocAnalysis.Options.DELONG);
        results = RocTable.of(result);
        plot = RocPlot.of(result, "ROC curves (" + table + ")");
    }
}
