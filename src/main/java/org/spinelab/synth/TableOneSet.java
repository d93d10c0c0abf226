package org.spinelab.synth;

/**
 * One class column of one set in Table 1 of the radiomics-nomogram paper (Clinical factors of the
 * training, validation and external sets): sample size, age and diameter as mean ± SD, and the counts
 * of each binary factor.
 *
 * @param n patients in the column
 * @param ageMean age, years
 * @param ageSd age SD
 * @param male men (the rest are women)
 * @param diameterMean lesion diameter, cm
 * @param diameterSd diameter SD
 * @param wellDefined lesions with a well-defined margin (the rest ill-defined)
 * @param heterogeneous lesions with heterogeneous appearance (necrosis, cysts, haemorrhage, calcification)
 * @param regular round or oval lesions (the rest irregular)
 * @param single patients with a single lesion (the rest multiple)
 */
public record TableOneSet(int n, double ageMean, double ageSd, int male, double diameterMean, double diameterSd,
        int wellDefined, int heterogeneous, int regular, int single) {

    /**
     * Pools two sets of the same class: counts add; means are n-weighted; the SD is the SD of the union,
     * s² = [Σ (nᵢ−1) sᵢ² + Σ nᵢ (mᵢ − m)²] / (N − 1).
     */
    public TableOneSet pool(TableOneSet o) {
        int total = n + o.n;
        double age = (n * ageMean + o.n * o.ageMean) / total;
        double diam = (n * diameterMean + o.n * o.diameterMean) / total;
        return new TableOneSet(total, age, pooledSd(ageMean, ageSd, o.ageMean, o.ageSd, o.n, age),
                o.male + male, diam, pooledSd(diameterMean, diameterSd, o.diameterMean, o.diameterSd, o.n, diam),
                wellDefined + o.wellDefined, heterogeneous + o.heterogeneous, regular + o.regular, single + o.single);
    }

    private double pooledSd(double m1, double s1, double m2, double s2, int n2, double m) {
        double ss = (n - 1) * s1 * s1 + (n2 - 1) * s2 * s2 + n * (m1 - m) * (m1 - m) + n2 * (m2 - m) * (m2 - m);
        return Math.sqrt(ss / (n + n2 - 1));
    }

    public double maleFraction() {
        return male / (double) n;
    }

    public double wellDefinedFraction() {
        return wellDefined / (double) n;
    }

    public double heterogeneousFraction() {
        return heterogeneous / (double) n;
    }

    public double regularFraction() {
        return regular / (double) n;
    }

    public double singleFraction() {
        return single / (double) n;
    }
}
