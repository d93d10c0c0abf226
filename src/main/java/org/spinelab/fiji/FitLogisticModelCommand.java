package org.spinelab.fiji;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.nomogram.HosmerLemeshow;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.LogisticRegression;
import org.spinelab.nomogram.ModelFiles;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.nomogram.PredictorTable;
import org.spinelab.plot.NomogramFigure;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Fit Logistic Model: a multivariable logistic regression of a 0/1 label
 * column on predictor columns of an open table or a CSV file, as {@code spinelab logit} fits it
 * ({@link LogisticRegression}: R's {@code glm(binomial)}), into the "Results" table one row per term —
 * {@code Term, Estimate, SE, z, p, OR, OR_low, OR_high} (Wald 95 % CI of the odds ratio) — with the
 * model's Hosmer–Lemeshow test ({@code HL_chi2, HL_df, HL_p}, the same on every row). Optionally the
 * model drawn as a nomogram (an image) and saved as a model file for Apply Nomogram.
 * Macro: {@code run("Fit Logistic Model", "csv=/x/train.csv label=label predictors=radscore,hetero model=/x/nomogram.json");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Fit Logistic Model",
        description = "Logistic regression: odds ratios with 95% CI, p-values, Hosmer-Lemeshow; optionally a nomogram")
public class FitLogisticModelCommand extends SpineCommand {

    @Parameter(label = "Table (window title; used when no CSV is given)", persist = false)
    private String table = "Results";

    @Parameter(label = "CSV file (instead of a table)", required = false, persist = false)
    private File csv;

    @Parameter(label = "Label column (0/1, 1 = metastasis)", persist = false)
    private String label = "label";

    @Parameter(label = "Predictor columns (comma-separated)")
    private String predictors;

    @Parameter(label = "Hosmer-Lemeshow groups", min = "3", persist = false)
    private int groups = 10;

    @Parameter(label = "Show the nomogram", required = false, persist = false)
    private boolean nomogram;

    @Parameter(label = "Save the nomogram model to (JSON, for Apply Nomogram)", required = false, persist = false)
    private File model;

    @Parameter(label = "Outcome name (nomogram probability axis)", persist = false)
    private String outcome = "metastasis";

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable coefficients;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus figure;

    @Override
    protected void execute() {
        if (groups < 3) {
            throw new InvalidInputException("groups=" + groups + ": the Hosmer-Lemeshow test needs at least 3 groups");
        }
        List<String> names = names(predictors);
        CsvTable data = isGiven(csv) ? CsvTable.read(csv.toPath()) : checkedTable(names);
        PredictorTable t = PredictorTable.of(data, label, names);
        LogisticModel fit = LogisticRegression.fit(t.names(), t.columns(), t.y());
        for (String w : fit.warnings()) {
            log().warn(commandName() + ": " + w);
        }
        HosmerLemeshow.Result hl = HosmerLemeshow.test(t.y(), fit.fitted(), groups);
        Nomogram nom = nomogram || isGiven(model) ? Nomogram.of(fit, t.nomogramSpecs(), "Probability of " + outcome) : null;
        if (isGiven(model)) {
            try {
                ModelFiles.write(model.toPath(), nom);
            } catch (IOException e) {
                throw new InvalidInputException("model=" + model + ": cannot write: " + e.getMessage(), e);
            }
        }
        coefficients = table(fit, hl);
        if (nomogram) {
            figure = new ImagePlus("Nomogram (" + String.join(" + ", t.names()) + ")",
                    NomogramFigure.render(nom, Map.of(), null));
        }
    }

    /**
     * The open table, its label and predictor columns checked first so that errors name the table's
     * rows as the Results window numbers them (the CSV checks would name file lines).
     */
    private CsvTable checkedTable(List<String> names) {
        TableInput t = TableInput.byTitle(table);
        t.binary(label);
        for (String p : names) {
            t.numbers(p);
        }
        return t.toCsvTable();
    }

    /** Comma-separated column names, blanks dropped. */
    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list == null ? new String[0] : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("predictors=" + list + ": name at least one predictor column");
        }
        return out;
    }

    static boolean isGiven(File f) {
        return f != null && !f.getPath().isBlank();
    }

    private static ResultsTable table(LogisticModel fit, HosmerLemeshow.Result hl) {
        ResultsTable rt = new ResultsTable();
        rt.setPrecision(-6); // p-values of strong predictors are far below 0.001
        for (int j = 0; j < fit.size(); j++) {
            double[] ci = fit.oddsRatioCi95(j);
            rt.incrementCounter();
            rt.addValue("Term", fit.names().get(j));
            rt.addValue("Estimate", fit.estimates()[j]);
            rt.addValue("SE", fit.standardErrors()[j]);
            rt.addValue("z", fit.z(j));
            rt.addValue("p", fit.p(j));
            rt.addValue("OR", fit.oddsRatio(j));
            rt.addValue("OR_low", ci[0]);
            rt.addValue("OR_high", ci[1]);
            rt.addValue("HL_chi2", hl.chi2());
            rt.addValue("HL_df", hl.df());
            rt.addValue("HL_p", hl.p());
        }
        return rt;
    }
}
