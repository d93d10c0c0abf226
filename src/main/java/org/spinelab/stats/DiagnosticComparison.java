package org.spinelab.stats;

/**
 * Compares the sensitivity, specificity and accuracy of two classifiers on the same subjects with
 * McNemar's test, as the paper does ("comparison of sensitivity, specificity, and accuracy of models
 * were performed with the McNemar's test"):
 * <ul>
 *   <li>sensitivity: the two models' calls on the cases (label 1) only;
 *   <li>specificity: their calls on the controls (label 0) only;
 *   <li>accuracy: whether each model's call is correct, over all subjects.
 * </ul>
 */
public final class DiagnosticComparison {

    private DiagnosticComparison() {}

    /** The three McNemar tests, and the two models' sensitivities, specificities and accuracies. */
    public record Result(double sensitivityA, double sensitivityB, TestResult sensitivity,
                         double specificityA, double specificityB, TestResult specificity,
                         double accuracyA, double accuracyB, TestResult accuracy) {}

    /** Positive calls {@code score ≥ threshold}, the rule of the ROC curve's thresholds. */
    public static boolean[] calls(double[] scores, double threshold) {
        boolean[] c = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            c[i] = scores[i] >= threshold;
        }
        return c;
    }

    public static Result compare(int[] labels, boolean[] callsA, boolean[] callsB, McNemarTest.Method method) {
        if (callsA.length != labels.length || callsB.length != labels.length) {
            throw new IllegalArgumentException("calls and labels differ in length");
        }
        int cases = 0;
        for (int l : labels) {
            cases += l;
        }
        int controls = labels.length - cases;
        boolean[] aCases = new boolean[cases];
        boolean[] bCases = new boolean[cases];
        boolean[] aControlsNegative = new boolean[controls];
        boolean[] bControlsNegative = new boolean[controls];
        boolean[] aCorrect = new boolean[labels.length];
        boolean[] bCorrect = new boolean[labels.length];
        int ic = 0;
        int jc = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean positive = labels[i] == 1;
            if (positive) {
                aCases[ic] = callsA[i];
                bCases[ic++] = callsB[i];
            } else {
                aControlsNegative[jc] = !callsA[i];
                bControlsNegative[jc++] = !callsB[i];
            }
            aCorrect[i] = callsA[i] == positive;
            bCorrect[i] = callsB[i] == positive;
        }
        return new Result(fraction(aCases), fraction(bCases), McNemarTest.test(aCases, bCases, method),
                fraction(aControlsNegative), fraction(bControlsNegative),
                McNemarTest.test(aControlsNegative, bControlsNegative, method),
                fraction(aCorrect), fraction(bCorrect), McNemarTest.test(aCorrect, bCorrect, method));
    }

    private static double fraction(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            if (v) {
                n++;
            }
        }
        return (double) n / b.length;
    }
}
