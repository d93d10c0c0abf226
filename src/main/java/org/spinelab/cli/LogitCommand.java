package org.spinelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinelab.nomogram.BootstrapCalibration;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.nomogram.HosmerLemeshow;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.LogisticRegression;
import org.spinelab.nomogram.LogitReport;
import org.spinelab.nomogram.ModelFiles;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.nomogram.PredictorTable;
import org.spinelab.plot.CalibrationFigure;
import org.spinelab.plot.DecisionCurveFigure;
import org.spinelab.plot.NomogramFigure;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spinelab logit}: logistic fit with Wald statistics and Hosmer–Lemeshow; optional figures and model file. */
@Command(name = "logit", mixinStandardHelpOptions = true,
        description = "Logistic regression: Wald SE/z/p, odds ratios with Wald 95%% CI (exp(b +/- 1.959964 se)),"
                + " Hosmer-Lemeshow (deciles of risk, df = g - 2).")
final class LogitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--table", required = true, description = "CSV table with the label and predictor columns.")
    Path table;

    @Option(names = "--label", required = true, description = "0/1 outcome column (1 = metastasis).")
    String label;

    @Option(names = "--predictors", required = true, split = ",", description = "Predictor columns, comma-separated.")
    List<String> predictors;

    @Option(names = "--out", required = true, description = "Output JSON.")
    Path out;

    @Option(names = "--groups", defaultValue = "10", description = "Hosmer-Lemeshow groups g (default ${DEFAULT-VALUE}).")
    int groups;

    @Option(names = "--calibration-figure", description = "PNG: apparent and bootstrap bias-corrected calibration curves.")
    Path calibrationFigure;

    @Option(names = "--bootstrap", defaultValue = "200", description = "Bootstrap repetitions B for the calibration curve (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dca-figure", description = "PNG: decision curve of the model with treat-all/treat-none.")
    Path dcaFigure;

    @Option(names = "--nomogram-figure", description = "PNG: the model drawn as a nomogram.")
    Path nomogramFigure;

    @Option(names = "--mark", description = "Mark one case on the nomogram figure, e.g. --mark radscore=1.2 --mark hetero=1"
            + " (every predictor); its points, total and probability are printed.")
    Map<String, Double> mark;

    @Option(names = "--model", description = "JSON model file of the nomogram (coefficients and points scales).")
    Path model;

    @Option(names = "--outcome", defaultValue = "metastasis", description = "Outcome name on figures (default ${DEFAULT-VALUE}).")
    String outcome;

    @Override
    public Integer call() throws Exception {
        if (groups < 3) {
            throw new InvalidInputException("--groups must be at least 3, got " + groups);
        }
        PredictorTable data = PredictorTable.of(CsvTable.read(table), label, predictors);
        LogisticModel fit = LogisticRegression.fit(data.names(), data.columns(), data.y());
        for (String w : fit.warnings()) {
            spec.commandLine().getErr().println("spinelab logit: warning: " + w);
        }
        HosmerLemeshow.Result hl = HosmerLemeshow.test(data.y(), fit.fitted(), groups);
        AtomicOutput.writeString(out, LogitReport.json(fit, hl));
        if (calibrationFigure != null) {
            BootstrapCalibration.Result cal = BootstrapCalibration.of(data.names(), data.columns(), data.y(), bootstrap, seed);
            CalibrationFigure.write(cal, "Calibration", outcome, calibrationFigure);
        }
        if (dcaFigure != null) {
            DecisionCurve.Result dc = DecisionCurve.of(fit.fitted(), data.y(), DecisionCurve.thresholds(0.01, 0.99, 0.01));
            DecisionCurveFigure.write(Map.of("Model", dc), "Decision curve", "All " + outcome, dcaFigure);
        }
        if (mark != null && nomogramFigure == null && model == null) {
            throw new InvalidInputException("--mark needs --nomogram-figure (or --model)");
        }
        if (nomogramFigure != null || model != null) {
            Nomogram nom = Nomogram.of(fit, data.nomogramSpecs(), "Probability of " + outcome);
            Nomogram.Score score = null;
            if (mark != null && !mark.isEmpty()) {
                for (String key : mark.keySet()) {
                    if (!data.names().contains(key)) {
                        throw new InvalidInputException("--mark names '" + key + "', which is not a predictor " + data.names());
                    }
                }
                score = nom.evaluate(mark);
                spec.commandLine().getOut().printf(java.util.Locale.ROOT, "points %s, total %.2f, probability %.4f%n",
                        score.points(), score.total(), score.probability());
            }
            if (nomogramFigure != null) {
                NomogramFigure.write(nom, Map.of(), score, nomogramFigure);
            }
            if (model != null) {
                ModelFiles.write(model, nom);
            }
        }
        return 0;
    }
}
