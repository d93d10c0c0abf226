package org.spinelab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.spinelab.nomogram.BootstrapCalibration;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.LogisticRegression;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.util.CsvTable;

/**
 * The three figures are written headless as readable PNGs. Files go to target/figures so they can be
 * looked at; the checks here are structural (size, the patient's red marks, curves drawn).
 */
class FiguresTest {

    static final Path OUT = Path.of("target", "figures");

    static CsvTable train() throws Exception {
        return CsvTable.read(Path.of(FiguresTest.class.getResource("/nomogram/logit_train.csv").toURI()));
    }

    static double[][] cols(CsvTable t, List<String> names) {
        double[][] c = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            c[j] = t.numbers(names.get(j));
        }
        return c;
    }

    static int countColour(BufferedImage img, java.util.function.IntPredicate rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (rgb.test(img.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean reddish(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && g < 90 && b < 90;
    }

    @Test
    void nomogramWithAMarkedPatient() throws Exception {
        CsvTable t = train();
        List<String> p = List.of("radscore", "hetero", "shape");
        LogisticModel m = LogisticRegression.fit(p, cols(t, p), t.binary("label"));
        double[] r = t.numbers("radscore");
        Nomogram nom = Nomogram.of(m, List.of(
                Nomogram.Spec.continuous("radscore", java.util.Arrays.stream(r).min().getAsDouble(), java.util.Arrays.stream(r).max().getAsDouble()),
                Nomogram.Spec.discrete("hetero", 0, 1), Nomogram.Spec.discrete("shape", 0, 1)), "Probability of metastasis");
        Map<String, String> labels = Map.of("radscore", "Rad-score", "hetero", "Heterogeneous appearance",
                "shape", "Irregular shape", "hetero=0", "No", "hetero=1", "Yes", "shape=0", "No", "shape=1", "Yes");
        Nomogram.Score s = nom.evaluate(Map.of("radscore", 1.234, "hetero", 1.0, "shape", 0.0));
        Path plain = OUT.resolve("nomogram.png");
        Path marked = OUT.resolve("nomogram_patient.png");
        NomogramFigure.write(nom, labels, null, plain);
        NomogramFigure.write(nom, labels, s, marked);
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(marked.toFile());
        assertEquals(1300, a.getWidth());
        assertEquals(0, countColour(a, FiguresTest::reddish));
        assertTrue(countColour(b, FiguresTest::reddish) > 300, "patient marks drawn");
        assertTrue(countColour(a, rgb -> rgb == 0) > 2000, "axes and labels drawn");
    }

    static Nomogram trainNomogram() throws Exception {
        CsvTable t = train();
        List<String> p = List.of("radscore", "hetero", "shape");
        LogisticModel m = LogisticRegression.fit(p, cols(t, p), t.binary("label"));
        return Nomogram.of(m, List.of(Nomogram.Spec.continuous("radscore", -2, 2), Nomogram.Spec.discrete("hetero", 0, 1),
                Nomogram.Spec.discrete("shape", 0, 1)), "Probability of metastasis");
    }

    /** x of a number of points on the Points scale, and of a total on the Total Points scale. */
    static double pointsX(double points) {
        return NomogramFigure.LEFT + points / 100 * (NomogramFigure.WIDTH - NomogramFigure.LEFT - NomogramFigure.RIGHT);
    }

    static double totalX(Nomogram nom, double total) {
        double[] ticks = org.spinelab.nomogram.PrettyTicks.of(0, nom.maxTotalPoints(), 10);
        return NomogramFigure.LEFT + total / ticks[ticks.length - 1] * (NomogramFigure.WIDTH - NomogramFigure.LEFT
                - NomogramFigure.RIGHT);
    }

    static int rowY(int row) {
        return NomogramFigure.TOP + row * NomogramFigure.ROW;
    }

    static boolean patientRed(BufferedImage img, double x, int y) {
        return (img.getRGB((int) Math.round(x), y) & 0xFFFFFF) == (NomogramFigure.PATIENT.getRGB() & 0xFFFFFF);
    }

    /**
     * The filled dots sit at the patient's points on each predictor row (row 1.. under Points) and at
     * the total on the Total Points row and the probability row (two rows further, past the linear
     * predictor), where nothing red is drawn in the unmarked figure.
     */
    @Test
    void patientDotsSitAtTheirValues() throws Exception {
        Nomogram nom = trainNomogram();
        Nomogram.Score s = nom.evaluate(Map.of("radscore", 0.7, "hetero", 1.0, "shape", 0.0));
        BufferedImage img = NomogramFigure.render(nom, Map.of(), s);
        BufferedImage plain = NomogramFigure.render(nom, Map.of(), null);
        Files.createDirectories(OUT);
        ImageIO.write(img, "png", OUT.resolve("nomogram_dots.png").toFile());
        int n = nom.predictors().size();
        for (int k = 0; k < n; k++) {
            double x = pointsX(s.points().get(nom.predictors().get(k).name()));
            assertTrue(patientRed(img, x, rowY(k + 1)), "dot of " + nom.predictors().get(k).name());
            assertTrue(patientRed(img, x + 4, rowY(k + 1)) && patientRed(img, x - 4, rowY(k + 1)), "dot 12 px wide");
            assertFalse(reddish(plain.getRGB((int) Math.round(x), rowY(k + 1)) & 0xFFFFFF));
        }
        double tx = totalX(nom, s.total());
        assertTrue(patientRed(img, tx, rowY(n + 1)), "total points dot");
        assertTrue(patientRed(img, tx, rowY(n + 3)), "probability dot");
        // and the probability axis at that x is the patient's probability: total points <-> p on one scale
        assertEquals(s.total(), nom.totalPointsFor(s.probability()), 1e-9);
    }

    /**
     * A rad-score far beyond its axis (a new patient outside the training range) is marked at the
     * axis end with an open circle, its points written inside the figure; so is a total beyond the
     * Total Points axis.
     */
    @Test
    void valuesBeyondTheAxesAreMarkedAtTheirEnds() throws Exception {
        Nomogram nom = trainNomogram();
        Nomogram.Axis rad = nom.predictors().get(0);
        Nomogram.Score s = nom.evaluate(Map.of("radscore", 40.0, "hetero", 1.0, "shape", 1.0));
        double end = java.util.Arrays.stream(rad.points()).max().getAsDouble();
        assertTrue(s.points().get("radscore") > end + 100, "far beyond the axis");
        BufferedImage img = NomogramFigure.render(nom, Map.of(), s);
        Files.createDirectories(OUT);
        ImageIO.write(img, "png", OUT.resolve("nomogram_beyond_axes.png").toFile());
        double x = pointsX(end);
        assertTrue(reddish(img.getRGB((int) Math.round(x) - 6, rowY(1)) & 0xFFFFFF), "ring at the rad-score axis end");
        int n = nom.predictors().size();
        assertTrue(s.total() > nom.maxTotalPoints());
        double tx = NomogramFigure.WIDTH - NomogramFigure.RIGHT;
        assertTrue(reddish(img.getRGB((int) Math.round(tx) - 6, rowY(n + 1)) & 0xFFFFFF), "ring at the total axis end");
        assertTrue(reddish(img.getRGB((int) Math.round(tx) - 6, rowY(n + 3)) & 0xFFFFFF), "ring at the probability axis end");
        // the labels of the end marks are drawn left of them, inside the figure
        int labelled = 0;
        for (int y = rowY(1) + 20; y < rowY(1) + 40; y++) {
            for (int xx = NomogramFigure.LEFT; xx < (int) x; xx++) {
                labelled += reddish(img.getRGB(xx, y) & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertTrue(labelled > 50, "points label of the rad-score mark");
    }

    @Test
    void calibrationAndDecisionCurves() throws Exception {
        CsvTable t = train();
        List<String> p = List.of("radscore", "hetero", "shape", "age");
        BootstrapCalibration.Result cal = BootstrapCalibration.of(p, cols(t, p), t.binary("label"), 50, 7);
        Path calPng = OUT.resolve("calibration.png");
        CalibrationFigure.write(cal, "Training set", "metastasis", calPng);
        BufferedImage c = ImageIO.read(calPng.toFile());
        assertEquals(900, c.getWidth());
        assertTrue(countColour(c, rgb -> rgb == 0) > 1500);

        Path valPng = OUT.resolve("calibration_validation.png");
        LogisticModel fitted = LogisticRegression.fit(p, cols(t, p), t.binary("label"));
        CalibrationFigure.write(org.spinelab.nomogram.CalibrationCurve.of(fitted.fitted(), t.binary("label")),
                "Validation set", "metastasis", valPng);
        assertTrue(Files.size(valPng) > 10_000);

        LogisticModel full = LogisticRegression.fit(p, cols(t, p), t.binary("label"));
        List<String> clin = List.of("hetero", "shape");
        LogisticModel clinical = LogisticRegression.fit(clin, cols(t, clin), t.binary("label"));
        double[] th = DecisionCurve.thresholds(0.01, 0.99, 0.01);
        Map<String, DecisionCurve.Result> curves = new LinkedHashMap<>();
        curves.put("Clinical factor model", DecisionCurve.of(clinical.fitted(), t.binary("label"), th));
        curves.put("Radiomics nomogram", DecisionCurve.of(full.fitted(), t.binary("label"), th));
        Path dca = OUT.resolve("dca.png");
        DecisionCurveFigure.write(curves, "Decision curves", "All metastasis", dca);
        BufferedImage d = ImageIO.read(dca.toFile());
        assertEquals(1000, d.getWidth());
        // each model's curve is drawn in its own series colour (the first and third of the palette)
        for (int series : new int[] {0, 2}) {
            int colour = ChartStyle.color(series).getRGB() & 0xFFFFFF;
            assertTrue(countColour(d, rgb -> rgb == colour) > 300, "curve in series colour " + series);
        }
        assertTrue(Files.size(dca) > 10_000);
    }
}
