package org.spinelab.synth;

/**
 * The clinical factors of the radiomics-nomogram paper for one patient, plus the reading of one
 * experienced radiologist.
 *
 * @param age years
 * @param male true for men
 * @param diameterCm largest diameter of the index (largest) lesion, cm (0.1 cm steps)
 * @param illDefinedMargin margin ill-defined (false: well-defined)
 * @param heterogeneous heterogeneous appearance: necrotic/cystic areas inside the lesion
 * @param irregularShape neither round nor oval (lobulated)
 * @param multipleLesions more than one lesion in the spine
 * @param radiologistRating 1 = definitely myeloma … 5 = definitely metastasis
 */
public record ClinicalVariables(int age, boolean male, double diameterCm, boolean illDefinedMargin,
        boolean heterogeneous, boolean irregularShape, boolean multipleLesions, int radiologistRating) {

    /** The same variables with another diameter (tests that need a large, resolvable lesion). */
    public ClinicalVariables withDiameter(double cm) {
        return new ClinicalVariables(age, male, cm, illDefinedMargin, heterogeneous, irregularShape, multipleLesions,
                radiologistRating);
    }
}
