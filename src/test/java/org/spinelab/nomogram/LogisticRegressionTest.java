package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.nomogram.Reference.assertClose;
import static org.spinelab.nomogram.Reference.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/** Against R's glm(binomial) + summary + confint.default on logit_train.csv. */
class LogisticRegressionTest {

    static final List<String> PREDICTORS = List.of("radscore", "hetero", "shape", "age");

    static LogisticModel fitTrain() {
        CsvTable t = Reference.csv("logit_train.csv");
        return LogisticRegression.fit(PREDICTORS, Reference.columns(t, PREDICTORS), t.binary("label"));
    }

    @Test
    void matchesGlmSummaryAndWaldIntervals() {
        LogisticModel m = fitTrain();
        CsvTable r = Reference.csv("logit_coefficients.csv");
        assertEquals(r.rowCount(), m.size());
        double max = 0;
        for (int j = 0; j < m.size(); j++) {
            double[] mine = {m.estimates()[j], m.standardErrors()[j], m.z(j), m.oddsRatio(j), m.oddsRatioCi95(j)[0],
                m.oddsRatioCi95(j)[1]};
            String[] cols = {"estimate", "se", "z", "or", "or_lo", "or_hi"};
            for (int c = 0; c < cols.length; c++) {
                max = Math.max(max, Math.abs(mine[c] - Double.parseDouble(r.get(j, cols[c]))));
            }
            String name = r.get(j, "name");
            assertEquals(name, m.names().get(j));
            assertClose(Double.parseDouble(r.get(j, "estimate")), m.estimates()[j], 1e-6, name + " estimate");
            assertClose(Double.parseDouble(r.get(j, "se")), m.standardErrors()[j], 1e-6, name + " se");
            assertClose(Double.parseDouble(r.get(j, "z")), m.z(j), 1e-6, name + " z");
            assertRelative(Double.parseDouble(r.get(j, "p")), m.p(j), 1e-6, name + " p");
            assertClose(Double.parseDouble(r.get(j, "or")), m.oddsRatio(j), 1e-6, name + " OR");
            assertClose(Double.parseDouble(r.get(j, "or_lo")), m.oddsRatioCi95(j)[0], 1e-6, name + " OR lower");
            assertClose(Double.parseDouble(r.get(j, "or_hi")), m.oddsRatioCi95(j)[1], 1e-6, name + " OR upper");
        }
        System.out.println("glm: max |diff| over estimates, SE, z, OR, CI = " + max);
        JsonNode s = Reference.json("logit_summary.json");
        assertClose(s.get("deviance").asDouble(), m.deviance(), 1e-6, "deviance");
        assertClose(s.get("null_deviance").asDouble(), m.nullDeviance(), 1e-6, "null deviance");
        assertFalse(m.hasWarnings(), m.warnings().toString());
        double[] fitted = Reference.csv("logit_fitted.csv").numbers("p_train");
        for (int i = 0; i < fitted.length; i++) {
            assertClose(fitted[i], m.fitted()[i], 1e-9, "fitted " + i);
        }
    }

    @Test
    void completeSeparationGivesAWarningNotSilentNumbers() {
        double[] x = {-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3};
        int[] y = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        LogisticModel m = LogisticRegression.fit(List.of("x"), new double[][] {x}, y);
        assertTrue(m.hasWarnings());
        assertTrue(String.join(" ", m.warnings()).contains("separated"), m.warnings().toString());
    }

    @Test
    void quasiCompleteSeparationIsFlaggedToo() {
        // x = 1 always has y = 1; x = 0 has both.
        double[] x = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        int[] y = {0, 1, 0, 1, 0, 0, 1, 1, 1, 1};
        LogisticModel m = LogisticRegression.fit(List.of("x"), new double[][] {x}, y);
        assertTrue(m.hasWarnings(), "quasi-separation must warn");
    }

    @Test
    void singleClassConstantColumnAndCollinearityAreInputErrorsNamingTheColumn() {
        double[] x = {1, 2, 3, 4, 5, 6};
        InvalidInputException single = assertThrows(InvalidInputException.class,
                () -> LogisticRegression.fit(List.of("x"), new double[][] {x}, new int[] {1, 1, 1, 1, 1, 1}));
        assertTrue(single.getMessage().contains("single class"), single.getMessage());
        InvalidInputException constant = assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                List.of("x", "k"), new double[][] {x, {2, 2, 2, 2, 2, 2}}, new int[] {0, 1, 0, 1, 1, 0}));
        assertTrue(constant.getMessage().contains("'k'"), constant.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                List.of("x"), new double[][] {{1, 2, Double.NaN, 4, 5, 6}}, new int[] {0, 1, 0, 1, 1, 0}));
        assertTrue(missing.getMessage().contains("'x'"), missing.getMessage());
        InvalidInputException collinear = assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                List.of("x", "twice"), new double[][] {x, {2, 4, 6, 8, 10, 12}}, new int[] {0, 1, 0, 1, 1, 0}));
        assertTrue(collinear.getMessage().contains("collinear"), collinear.getMessage());
        assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                List.of("x"), new double[][] {{1, 2}}, new int[] {0, 1}));
    }

    @Test
    void tinySampleWithOnePredictorMatchesTheClosedForm() {
        // One binary predictor: the MLE is the log odds of each 2x2 cell group.
        // x = 0: 1 of 3 positive; x = 1: 2 of 3 positive → β0 = log(1/2), β1 = log(2) − log(1/2) = log 4.
        double[] x = {0, 0, 0, 1, 1, 1};
        int[] y = {0, 1, 0, 1, 0, 1};
        LogisticModel m = LogisticRegression.fit(List.of("x"), new double[][] {x}, y);
        assertClose(Math.log(0.5), m.estimates()[0], 1e-12, "intercept");
        assertClose(Math.log(4), m.estimates()[1], 1e-12, "slope");
        // SE of a log odds ratio: √(1/a + 1/b + 1/c + 1/d)
        assertClose(Math.sqrt(1 + 0.5 + 0.5 + 1), m.standardErrors()[1], 1e-12, "se slope");
    }
}
