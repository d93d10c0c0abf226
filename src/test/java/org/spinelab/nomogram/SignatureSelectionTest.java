package org.spinelab.nomogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinelab.nomogram.Reference.assertClose;
import static org.spinelab.nomogram.Reference.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinelab.util.CsvTable;

/** ANOVA F against R's aov; the ICC → ANOVA → SelectKBest → LASSO chain against the same steps in R. */
class SignatureSelectionTest {

    @TempDir
    Path dir;

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void anovaFMatchesAov() {
        CsvTable ref = Reference.csv("anova_f.csv");
        double maxF = 0;
        for (int r = 0; r < ref.rowCount(); r++) {
            String f = ref.get(r, "feature");
            AnovaF.Result a = AnovaF.of(GlmnetLogisticTest.DATA.numbers(f), GlmnetLogisticTest.Y);
            double eF = Double.parseDouble(ref.get(r, "F"));
            assertRelative(eF, a.f(), 1e-9, f + " F");
            assertRelative(Double.parseDouble(ref.get(r, "p")), a.p(), 1e-7, f + " p");
            maxF = Math.max(maxF, Math.abs(eF - a.f()) / eF);
        }
        System.out.println("ANOVA F vs aov: max relative diff " + maxF);
        AnovaF.Result constant = AnovaF.of(new double[] {3, 3, 3, 3}, new int[] {0, 1, 0, 1});
        assertTrue(Double.isNaN(constant.f()));
    }

    @Test
    void selectKBestTiesAndNaNsLikeScikitLearn() {
        // scores 1, NaN, 5, 5, 2 with k = 2: the two 5s win; k = 3 → 5, 5 and 2; NaN always last.
        double[] s = {1, Double.NaN, 5, 5, 2};
        assertArrayEquals(new int[] {2, 3}, SelectKBest.indices(s, 2));
        assertArrayEquals(new int[] {2, 3, 4}, SelectKBest.indices(s, 3));
        // a tie at the cut: stable ascending sort read from the end keeps the later column
        assertArrayEquals(new int[] {3}, SelectKBest.indices(new double[] {4, 1, 2, 4}, 1));
    }

    @Test
    void paperChainMatchesR() {
        JsonNode ref = Reference.json("chain.json");
        Set<String> icc = new LinkedHashSet<>(strings(ref.get("icc_pass")));
        List<String> features = GlmnetLogisticTest.FEATURES.subList(0, 25); // without the constant column
        double[][] x = Reference.columns(GlmnetLogisticTest.DATA, features);
        SignatureSelection.Result r = SignatureSelection.run(features, x, GlmnetLogisticTest.Y,
                new SignatureSelection.Settings(icc, 0.05, ref.get("k").asInt(), ref.get("lambda").asDouble(), null,
                        SignatureSelection.LambdaRule.MIN));
        assertEquals(strings(ref.get("icc_pass")), r.afterIcc());
        assertEquals(strings(ref.get("anova_pass")), r.afterAnova());
        assertEquals(strings(ref.get("kbest")), r.afterKBest());
        RadiomicsSignature sig = r.signature();
        JsonNode coefs = ref.get("coefficients");
        assertClose(coefs.get("(Intercept)").asDouble(), sig.intercept(), 1e-4 * Math.abs(sig.intercept()), "intercept");
        List<String> expectedNonZero = new ArrayList<>();
        coefs.fieldNames().forEachRemaining(n -> {
            if (!n.equals("(Intercept)") && coefs.get(n).asDouble() != 0) {
                expectedNonZero.add(n);
            }
        });
        assertEquals(expectedNonZero, sig.features());
        for (int j = 0; j < sig.features().size(); j++) {
            assertClose(coefs.get(sig.features().get(j)).asDouble(), sig.coefficients()[j], 1e-4, sig.features().get(j));
        }
        double[] radscore = Reference.csv("chain_radscore.csv").numbers("radscore");
        double[] mine = sig.score(Reference.columns(GlmnetLogisticTest.DATA, sig.features()));
        for (int i = 0; i < radscore.length; i++) {
            assertClose(radscore[i], mine[i], 1e-4, "rad-score " + i);
        }
    }

    @Test
    void singleClassAndUnknownIccFeatureAreInputErrors() {
        List<String> f = List.of("a");
        double[][] x = {{1, 2, 3, 4}};
        SignatureSelection.Settings s = new SignatureSelection.Settings(null, 0.05, 5, 0.1, null,
                SignatureSelection.LambdaRule.MIN);
        org.junit.jupiter.api.Assertions.assertThrows(org.spinelab.util.InvalidInputException.class,
                () -> SignatureSelection.run(f, x, new int[] {1, 1, 1, 1}, s));
        SignatureSelection.Settings icc = new SignatureSelection.Settings(Set.of("zzz"), 0.05, 5, 0.1, null,
                SignatureSelection.LambdaRule.MIN);
        org.spinelab.util.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.spinelab.util.InvalidInputException.class, () -> SignatureSelection.run(f, x, new int[] {0, 1, 0, 1}, icc));
        assertTrue(e.getMessage().contains("'zzz'"), e.getMessage());
    }

    @Test
    void signatureFileRoundTripScoresNewCasesIdentically() throws Exception {
        List<String> f = List.of("f01", "f02", "f07");
        SignatureSelection.Result r = SignatureSelection.lassoOnly(f, Reference.columns(GlmnetLogisticTest.DATA, f),
                GlmnetLogisticTest.Y, 0.01, null, SignatureSelection.LambdaRule.MIN);
        Path file = dir.resolve("sig.json");
        ModelFiles.write(file, r.signature().withThreshold(-0.25));
        RadiomicsSignature back = ModelFiles.readSignature(file);
        assertEquals(-0.25, back.threshold());
        assertEquals(1, back.classify(-0.25));
        assertEquals(0, back.classify(-0.26));
        assertEquals(r.signature().features(), back.features());
        assertArrayEquals(r.signature().coefficients(), back.coefficients(), 0);
        assertEquals(r.signature().intercept(), back.intercept(), 0);
        Map<String, Double> caseValues = new HashMap<>(Map.of("f01", 12.5, "f02", 30.0, "f07", 41.0));
        assertEquals(r.signature().score(caseValues), back.score(caseValues), 0);
        assertTrue(java.nio.file.Files.readString(file).contains("\"means\""));
    }
}
