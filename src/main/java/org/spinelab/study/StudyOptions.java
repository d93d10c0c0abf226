package org.spinelab.study;

import java.nio.file.Path;
import org.spinelab.nomogram.SignatureSelection;
import org.spinelab.util.InvalidInputException;

/**
 * Settings of one study run.
 *
 * @param params      PyRadiomics parameter file, or null for the shipped {@code study/params.yaml}
 * @param threads     threads of the local engine ({@link StudyEngine#local}): extraction, LASSO CV folds,
 *                    bootstrap refits; another engine (Spark) ignores it
 * @param kBest       SelectKBest's k, 0 for the paper's share of the ANOVA survivors
 * @param bootstrap   bootstrap replicates of the training calibration curve
 * @param lambdaRule  LASSO's λ from the cross-validation: λ_min or λ_1se
 */
public record StudyOptions(Path cohort, Path out, long seed, Path params, int threads, boolean overwrite, int kBest,
        int bootstrap, SignatureSelection.LambdaRule lambdaRule) {

    public static final long DEFAULT_SEED = 2024;
    public static final int DEFAULT_BOOTSTRAP = 200;

    public StudyOptions {
        if (threads < 1) {
            throw new InvalidInputException("--threads: must be at least 1, got " + threads);
        }
        if (kBest < 0) {
            throw new InvalidInputException("--k-best: must be 0 (paper's share) or positive, got " + kBest);
        }
        if (bootstrap < 1) {
            throw new InvalidInputException("--bootstrap: must be at least 1, got " + bootstrap);
        }
    }
}
