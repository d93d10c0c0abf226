package org.spinelab.synth;

/**
 * The three hospitals of the radiomics-nomogram paper (Table 1 and "Patients"): one internal center
 * (training + validation sets, 211 patients: 144 metastasis, 67 myeloma) and two external ones (the
 * external test set: 40 patients, 20/20, and 61 patients, 32/29). Each has its own scanner.
 *
 * <p>{@link #share} and {@link #metastasisFraction} reproduce the paper's case mix, so a generated
 * cohort has the same proportions of centers and classes.
 */
public enum Center {
    INTERNAL("internal", 211, 144, ScannerProfile.INTERNAL, false),
    EXTERNAL1("external1", 40, 20, ScannerProfile.EXTERNAL1, true),
    EXTERNAL2("external2", 61, 32, ScannerProfile.EXTERNAL2, true);

    private final String id;
    private final int paperPatients;
    private final int paperMetastases;
    private final ScannerProfile scanner;
    private final boolean external;

    Center(String id, int paperPatients, int paperMetastases, ScannerProfile scanner, boolean external) {
        this.id = id;
        this.paperPatients = paperPatients;
        this.paperMetastases = paperMetastases;
        this.scanner = scanner;
        this.external = external;
    }

    /** The value written in the {@code center} column. */
    public String id() {
        return id;
    }

    /** Fraction of the paper's 312 patients seen at this center. */
    public double share() {
        return paperPatients / 312.0;
    }

    /** Fraction of metastasis (label 1) among this center's patients in the paper. */
    public double metastasisFraction() {
        return paperMetastases / (double) paperPatients;
    }

    public ScannerProfile scanner() {
        return scanner;
    }

    /** True for the two external centers; their clinical variables follow Table 1's external test set. */
    public boolean isExternal() {
        return external;
    }
}
