package org.spinelab.synth;

/**
 * Everything drawn for a patient before any image exists: who, where, which class, the clinical
 * variables, and the seed its images are generated from.
 *
 * @param id patient id ({@code P001}, …)
 * @param index position in the cohort (0-based)
 * @param center hospital / scanner
 * @param label 1 = metastasis, 0 = myeloma
 * @param seed per-patient seed ({@link Rng#patientSeed})
 * @param clinical clinical variables and radiologist rating
 */
public record PatientSpec(String id, int index, Center center, int label, long seed, ClinicalVariables clinical) {

    public PatientSpec withClinical(ClinicalVariables c) {
        return new PatientSpec(id, index, center, label, seed, c);
    }
}
