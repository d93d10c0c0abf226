package org.spinelab.study;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.plot.NomogramFigure;
import org.spinelab.util.InvalidInputException;

/**
 * The study's nomogram — the one drawn as {@code figures/nomogram.png} — rebuilt from a model.json, so
 * that a new patient can be read off it: points per predictor, total points and the probability on
 * its scales ({@link Nomogram#evaluate}), and the figure with the patient marked. The nomogram's
 * coefficients and the stored axes ({@link StudyModel#nomogramAxes()}) are exactly what
 * {@link NomogramModel#fit} built the study's figure from, so the scales are the same.
 */
public final class StudyNomogram {

    private StudyNomogram() {}

    /** Whether the model.json holds the nomogram's axes (files written before they were stored do not). */
    public static boolean available(StudyModel m) {
        return m.nomogramAxes() != null;
    }

    public static Nomogram of(StudyModel m) {
        if (!available(m)) {
            throw new InvalidInputException("model.json: no nomogramAxes (written by an older spinelab); run the study"
                    + " again to read points off its nomogram");
        }
        List<Nomogram.Spec> specs = m.nomogramAxes().stream().map(StudyModel.Axis::spec).toList();
        return Nomogram.of(m.nomogram().terms(), m.nomogram().coefficients(), specs, NomogramModel.OUTCOME);
    }

    /** The nomogram drawn as in the study's report, with {@code patient} marked (null: unmarked). */
    public static BufferedImage figure(Nomogram nom, Nomogram.Score patient) {
        return NomogramFigure.render(nom, labels(nom.predictors().stream().map(Nomogram.Axis::name).toList()), patient);
    }

    /** Display names of the report: short titles of the predictors, "No"/"Yes" for a binary factor's levels. */
    static Map<String, String> labels(List<String> predictors) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : predictors) {
            m.put(p, ClinicalTable.shortTitle(p));
            if (StudyCohort.BINARY.contains(p)) {
                m.put(p + "=0", "No");
                m.put(p + "=1", "Yes");
            }
        }
        return m;
    }
}
