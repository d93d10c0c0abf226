package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.spinelab.nomogram.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** Against rms::nomogram(lrm(label ~ radscore + hetero + shape), fun = plogis) and R's pretty(). */
class NomogramTest {

    @TempDir
    Path dir;

    static Nomogram build() {
        CsvTable t = Reference.csv("logit_train.csv");
        List<String> p = List.of("radscore", "hetero", "shape");
        LogisticModel m = LogisticRegression.fit(p, Reference.columns(t, p), t.binary("label"));
        double[] r = t.numbers("radscore");
        double lo = java.util.Arrays.stream(r).min().orElseThrow();
        double hi = java.util.Arrays.stream(r).max().orElseThrow();
        return Nomogram.of(m, List.of(Nomogram.Spec.continuous("radscore", lo, hi), Nomogram.Spec.discrete("hetero", 0, 1),
                Nomogram.Spec.discrete("shape", 0, 1)), "Probability of metastasis");
    }

    @Test
    void prettyMatchesR() {
        for (JsonNode c : Reference.json("pretty.json")) {
            double[] t = PrettyTicks.of(c.get("lo").asDouble(), c.get("hi").asDouble(), 10);
            JsonNode e = c.get("ticks");
            assertEquals(e.size(), t.length, "tick count for " + c);
            for (int k = 0; k < t.length; k++) {
                assertClose(e.get(k).asDouble(), t[k], 1e-12 * Math.max(1, Math.abs(t[k])), "tick " + k + " of " + c);
            }
        }
    }

    @Test
    void pointsScalesMatchRmsNomogram() {
        Nomogram nom = build();
        JsonNode ref = Reference.json("nomogram.json");
        assertClose(ref.get("sc").asDouble(), nom.scale(), 1e-6, "sc");
        assertClose(ref.get("lp_at_zero_points").asDouble(), nom.lpAtZero(), 1e-6, "lp at 0 points");
        CsvTable pts = Reference.csv("nomogram_points.csv");
        for (int r = 0; r < pts.rowCount(); r++) {
            String name = pts.get(r, "predictor");
            double value = Double.parseDouble(pts.get(r, "value"));
            Nomogram.Axis axis = nom.predictors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
            int k = indexOf(axis.ticks(), value);
            assertClose(Double.parseDouble(pts.get(r, "points")), axis.points()[k], 1e-6, name + " at " + value);
        }
        assertEquals(pts.rowCount(), nom.predictors().stream().mapToInt(a -> a.ticks().length).sum(), "tick count");
        // rms places the probability ticks by numerically inverting fun(lp), good to ~1e-5 points: its
        // positions are compared with 1e-4, the exact inverse (qlogis(p) − lp₀)·sc computed in R with 1e-6.
        JsonNode probAxis = ref.get("prob_axis");
        for (int k = 0; k < probAxis.get("prob").size(); k++) {
            double mine = nom.totalPointsFor(probAxis.get("prob").get(k).asDouble());
            assertClose(probAxis.get("points").get(k).asDouble(), mine, 1e-4, "rms probability axis at " + k);
            assertClose(probAxis.get("points_exact").get(k).asDouble(), mine, 1e-6, "probability axis at " + k);
        }
    }

    @Test
    void onePatientReadOffTheNomogramMatchesR() {
        Nomogram nom = build();
        JsonNode ref = Reference.json("nomogram.json");
        Nomogram.Score s = nom.evaluate(Map.of("radscore", 1.234, "hetero", 1.0, "shape", 0.0));
        for (String v : List.of("radscore", "hetero", "shape")) {
            assertClose(ref.get("patient_points").get(v).asDouble(), s.points().get(v), 1e-6, v + " points");
        }
        assertClose(ref.get("patient_total").asDouble(), s.total(), 1e-6, "total");
        assertClose(ref.get("patient_lp").asDouble(), s.linearPredictor(), 1e-6, "lp");
        assertClose(ref.get("patient_probability").asDouble(), s.probability(), 1e-6, "probability");
        assertThrows(InvalidInputException.class, () -> nom.evaluate(Map.of("radscore", 1.0)));
    }

    @Test
    void nomogramFileRoundTrip() throws Exception {
        Nomogram nom = build();
        Path f = dir.resolve("nomogram.json");
        ModelFiles.write(f, nom);
        Nomogram back = ModelFiles.readNomogram(f);
        Map<String, Double> patient = Map.of("radscore", -0.4, "hetero", 0.0, "shape", 1.0);
        assertEquals(nom.evaluate(patient), back.evaluate(patient));
        assertEquals(nom.scale(), back.scale(), 0);
        assertThrows(InvalidInputException.class, () -> ModelFiles.readSignature(f));
    }

    static int indexOf(double[] ticks, double v) {
        for (int k = 0; k < ticks.length; k++) {
            if (Math.abs(ticks[k] - v) < 1e-9) {
                return k;
            }
        }
        throw new AssertionError("tick " + v + " not on the axis " + java.util.Arrays.toString(ticks));
    }
}
