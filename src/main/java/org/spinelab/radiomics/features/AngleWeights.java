package org.spinelab.radiomics.features;

/**
 * PyRadiomics' {@code weightingNorm}: how the matrices of the different angles are combined into one
 * when a norm is set. The distance of an offset a is taken in mm (|a|·spacing).
 */
final class AngleWeights {

    private AngleWeights() {}

    /** The offset's length under the norm (infinity: max, euclidean: √Σ², manhattan: Σ), 1 for no_weighting. */
    static double distance(String norm, int[] offset, double[] spacing) {
        double max = 0, sumSq = 0, sum = 0;
        for (int a = 0; a < 3; a++) {
            double d = Math.abs(offset[a]) * spacing[a];
            max = Math.max(max, d);
            sumSq += d * d;
            sum += d;
        }
        return switch (norm) {
            case "infinity" -> max;
            case "euclidean" -> Math.sqrt(sumSq);
            case "manhattan" -> sum;
            default -> 1;
        };
    }

    /** GLCM weight: exp(−d²) with d the offset's length under the norm; 1 for no_weighting. */
    static double glcmWeight(String norm, int[] offset, double[] spacing) {
        if (!norm.equals("infinity") && !norm.equals("euclidean") && !norm.equals("manhattan")) {
            return 1;
        }
        double d = distance(norm, offset, spacing);
        return Math.exp(-d * d);
    }
}
