package org.spinelab.study.comparator;

import org.spinelab.magn.CohortColumns;
import org.spinelab.magn.MagnConfig;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.util.InvalidInputException;

/**
 * Settings of {@link AblationStudy}.
 *
 * @param magn          the MAGN settings shared by every grid cell (views and attention are varied;
 *                      its seed also seeds the folds, the forests and the boosting)
 * @param columns       the cohort's id, label, image and mask columns
 * @param ratingColumn  the radiologist's ordinal rating (higher = metastasis)
 * @param ratingCutoff  a rating ≥ this counts as a metastasis call for ACC and F1
 * @param folds         K of the stratified patient-level K-fold cross-validation
 * @param radiomics     the radiomics extraction parameters
 * @param threads       radiomics extraction workers
 */
public record AblationOptions(MagnConfig magn, CohortColumns columns, String ratingColumn, double ratingCutoff,
        int folds, ExtractionParameters radiomics, int threads) {

    public AblationOptions {
        if (folds < 2) {
            throw new InvalidInputException("--folds: at least 2 folds are needed, got " + folds);
        }
        if (threads < 1) {
            throw new InvalidInputException("--threads: at least 1, got " + threads);
        }
    }
}
