package org.spinelab.fiji;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.spinelab.nomogram.ModelFiles;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.plot.NomogramFigure;
import org.spinelab.util.InvalidInputException;

/**
 * Plugins › Spine Radiomics › Apply Nomogram: reads one patient off a saved nomogram (a model file of
 * Fit Logistic Model or {@code spinelab logit --model}; {@link Nomogram#evaluate}): the points of each
 * predictor, the total points, the linear predictor and the probability, into the "Results" table as
 * one row ({@code <predictor>} value and {@code Points_<predictor>} per predictor, {@code Total_points,
 * Linear_predictor, Probability}), and the nomogram with the patient marked as an image. The values
 * come from {@code values} ({@code radscore=0.4 hetero=1}) or, when that is empty, from a row of an
 * open table whose columns are named like the predictors.
 * Macro: {@code run("Apply Nomogram", "model=/x/nomogram.json values=[radscore=0.4 hetero=1 shape=0]");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>Spine Radiomics>Apply Nomogram",
        description = "Points, total points and probability of one patient on a saved nomogram")
public class ApplyNomogramCommand extends SpineCommand {

    @Parameter(label = "Nomogram model file (JSON)")
    private File model;

    @Parameter(label = "Patient's values (e.g. radscore=0.4 hetero=1; empty: a table row)", required = false,
            persist = false)
    private String values = "";

    @Parameter(label = "Table (window title; when no values are typed)", persist = false)
    private String table = "Results";

    @Parameter(label = "Row of the table (0 = first, as getResult)", persist = false)
    private int row = 0;

    @Parameter(label = "Show the nomogram with the patient marked", required = false, persist = false)
    private boolean nomogram = true;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable score;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus figure;

    @Override
    protected void execute() {
        if (!FitLogisticModelCommand.isGiven(model)) {
            throw new InvalidInputException("model: no model file given");
        }
        Nomogram nom = ModelFiles.readNomogram(model.toPath());
        List<String> predictors = nom.predictors().stream().map(Nomogram.Axis::name).toList();
        Map<String, Double> patient = values == null || values.isBlank() ? fromTable(predictors)
                : PredictorValues.parse(values, "values", predictors);
        Nomogram.Score s = nom.evaluate(patient);
        score = new ResultsTable();
        score.setPrecision(-6);
        score.incrementCounter();
        for (String p : predictors) {
            score.addValue(p, patient.get(p));
            score.addValue("Points_" + p, s.points().get(p));
        }
        score.addValue("Total_points", s.total());
        score.addValue("Linear_predictor", s.linearPredictor());
        score.addValue("Probability", s.probability());
        if (nomogram) {
            figure = new ImagePlus("Nomogram: patient " + String.format(java.util.Locale.ROOT, "p = %.3f", s.probability()),
                    NomogramFigure.render(nom, Map.of(), s));
        }
    }

    private Map<String, Double> fromTable(List<String> predictors) {
        TableInput t = TableInput.byTitle(table);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String p : predictors) {
            out.put(p, t.number(p, row));
        }
        return out;
    }
}
