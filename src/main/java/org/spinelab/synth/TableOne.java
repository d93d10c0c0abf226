package org.spinelab.synth;

/**
 * Table 1 of the radiomics-nomogram paper (000 in {@code papers/}), the source of every clinical
 * distribution the generator draws from.
 *
 * <p>The internal center's patients (training n = 146 + validation n = 65) are pooled per class; both
 * external centers use the external test set's column (n = 101; Table 1 does not split it by center).
 *
 * <p>One correction: in the external test set the printed shape counts are "15/34" for metastasis
 * (n = 52) and "7/45" for myeloma (n = 49) — they sum to 49 and 52, so the two cells are swapped. The
 * Discussion confirms the swap: "irregular shape (84.7% versus 56.9%)" — 84.7 % of 196 metastases
 * is 166 = 83 + 38 + 45, which needs 7/45 for metastasis. We use metastasis 7/45, myeloma 15/34.
 */
public final class TableOne {

    /** Training set, metastasis (n = 100). */
    public static final TableOneSet TRAINING_METASTASIS = new TableOneSet(100, 60.0, 11.2, 60, 2.1, 1.0, 63, 76, 17, 8);
    /** Training set, myeloma (n = 46). */
    public static final TableOneSet TRAINING_MYELOMA = new TableOneSet(46, 59.8, 10.1, 26, 1.7, 1.5, 22, 22, 22, 5);
    /** Validation set, metastasis (n = 44). */
    public static final TableOneSet VALIDATION_METASTASIS = new TableOneSet(44, 60.3, 10.4, 27, 2.4, 1.6, 29, 36, 6, 4);
    /** Validation set, myeloma (n = 21). */
    public static final TableOneSet VALIDATION_MYELOMA = new TableOneSet(21, 61.1, 11.4, 14, 1.6, 0.9, 11, 10, 12, 3);
    /** External test set, metastasis (n = 52); shape cells swapped back, see the class comment. */
    public static final TableOneSet EXTERNAL_METASTASIS = new TableOneSet(52, 62.1, 12.8, 32, 2.2, 0.9, 28, 39, 7, 5);
    /** External test set, myeloma (n = 49); shape cells swapped back. */
    public static final TableOneSet EXTERNAL_MYELOMA = new TableOneSet(49, 64.4, 8.4, 32, 1.5, 0.7, 33, 38, 15, 4);

    private TableOne() {}

    /** The column a patient of {@code center} with {@code label} (1 = metastasis) is drawn from. */
    public static TableOneSet forPatient(Center center, int label) {
        if (center.isExternal()) {
            return label == 1 ? EXTERNAL_METASTASIS : EXTERNAL_MYELOMA;
        }
        return label == 1 ? TRAINING_METASTASIS.pool(VALIDATION_METASTASIS) : TRAINING_MYELOMA.pool(VALIDATION_MYELOMA);
    }
}
