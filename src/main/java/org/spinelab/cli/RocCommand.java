package org.spinelab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinelab.plot.RocFigure;
import org.spinelab.stats.RocAnalysis;
import org.spinelab.stats.RocResultJson;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spinelab roc}: AUC with 95 % CI, Youden cut-off and paired DeLong tests of scores in a table. */
@Command(name = "roc", mixinStandardHelpOptions = true,
        description = {"ROC analysis: AUC with DeLong 95%% CI, Youden cut-off (sensitivity, specificity, accuracy),"
                + " paired DeLong tests between every pair of scores.",
            "Label 1 = metastasis (positive), 0 = myeloma; higher score = class 1."})
final class RocCommand implements Callable<Integer> {

    @Option(names = "--table", required = true, description = "CSV table with the label and score columns")
    Path table;

    @Option(names = "--label", required = true, description = "label column (0/1)")
    String label;

    @Option(names = "--scores", required = true, split = ",", description = "score columns, comma-separated")
    List<String> scores;

    @Option(names = "--out", required = true, description = "output JSON")
    Path out;

    @Option(names = "--figure", description = "also draw the ROC curves into this PNG")
    Path figure;

    @Option(names = "--title", description = "figure title (default: none)")
    String title;

    @Option(names = "--bootstrap", defaultValue = "0",
            description = "stratified bootstrap replicates for the AUC CI instead of DeLong's (e.g. 2000)")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (bootstrap < 0) {
            throw new InvalidInputException("--bootstrap must be >= 0, got " + bootstrap);
        }
        CsvTable t = CsvTable.read(table);
        int[] labels = t.binary(label);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String s : scores) {
            if (columns.put(s, t.numbers(s)) != null) {
                throw new InvalidInputException("--scores: column '" + s + "' given twice");
            }
        }
        RocAnalysis.Result result = RocAnalysis.analyze(labels, columns, label,
                new RocAnalysis.Options(bootstrap, seed));
        if (figure != null) {
            RocFigure.writePng(result, title, figure);
        }
        RocResultJson.write(result, out);
        return 0;
    }
}
