package org.spinelab.synth;

import java.util.SplittableRandom;

/**
 * Draws a patient's clinical variables from the Table 1 column of its center and class
 * ({@link TableOne#forPatient}). The factors are independent given the class: Table 1 gives only
 * marginals.
 *
 * <ul>
 *   <li>age ~ N(mean, SD²), rounded to whole years and kept within [18, 95];</li>
 *   <li>diameter = 0.5 cm + LogNormal with mean (m − 0.5) and SD s, rounded to 0.1 cm — a shifted
 *       log-normal keeps Table 1's mean and SD exactly while staying above 5 mm, which a normal with
 *       1.7 ± 1.5 cm would not;</li>
 *   <li>each binary factor ~ Bernoulli(its Table 1 proportion).</li>
 * </ul>
 */
public final class ClinicalSampler {

    /** Smallest lesion diameter drawn, cm: below this a 3 mm slice may miss the lesion. */
    public static final double MIN_DIAMETER_CM = 0.5;

    private ClinicalSampler() {}

    public static ClinicalVariables sample(Center center, int label, SplittableRandom r) {
        TableOneSet t = TableOne.forPatient(center, label);
        double age = t.ageMean() + t.ageSd() * Rng.gaussian(r);
        int ageYears = (int) Math.max(18, Math.min(95, Math.rint(age)));
        boolean male = Rng.bernoulli(r, t.maleFraction());
        double diameter = shiftedLogNormal(t.diameterMean(), t.diameterSd(), r);
        diameter = Math.rint(diameter * 10) / 10;
        boolean ill = !Rng.bernoulli(r, t.wellDefinedFraction());
        boolean het = Rng.bernoulli(r, t.heterogeneousFraction());
        boolean irregular = !Rng.bernoulli(r, t.regularFraction());
        boolean multiple = !Rng.bernoulli(r, t.singleFraction());
        int rating = RadiologistModel.rate(label, het, irregular, r);
        return new ClinicalVariables(ageYears, male, diameter, ill, het, irregular, multiple, rating);
    }

    /**
     * MIN + LogNormal(μ, σ²) with E = mean, SD = sd: for m = mean − MIN,
     * σ² = ln(1 + sd²/m²), μ = ln m − σ²/2.
     */
    static double shiftedLogNormal(double mean, double sd, SplittableRandom r) {
        double m = mean - MIN_DIAMETER_CM;
        double s2 = StrictMath.log(1 + sd * sd / (m * m));
        double mu = StrictMath.log(m) - s2 / 2;
        return MIN_DIAMETER_CM + StrictMath.exp(mu + Math.sqrt(s2) * Rng.gaussian(r));
    }
}
