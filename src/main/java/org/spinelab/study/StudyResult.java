package org.spinelab.study;

import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.BootstrapCalibration;
import org.spinelab.nomogram.CalibrationCurve;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.nomogram.RadiomicsSignature;

/**
 * Everything one run of the study computed, for the writers of tables, figures, report and model.
 *
 * @param paramsText          the PyRadiomics parameter file used, verbatim
 * @param signature           the signature with its training cut-off on the rad-score
 * @param radScores           rad-score per set (patients in table order within a set)
 * @param trainingCalibration bootstrap bias-corrected calibration of the nomogram on the training set
 * @param calibration         apparent calibration curve of the nomogram in the validation/external
 *                            sets (absent where a set is too small for the 50-point grid)
 * @param decisionCurves      net benefit per set and probability model
 * @param seconds             wall time of each step (report only; not in summary.json, which must be
 *                            identical for a seed)
 * @param engine              where extraction and loops ran, e.g. "2 threads" (report only, as seconds)
 */
public record StudyResult(StudyOptions options, String paramsSource, String paramsText, StudyCohort cohort,
        ClinicalTable.Table table1, ClinicalModel clinical, SignatureBuilder.Result selection,
        RadiomicsSignature signature, NomogramModel nomogram, Map<StudySet, double[]> radScores,
        Evaluation.Result evaluation, BootstrapCalibration.Result trainingCalibration,
        Map<StudySet, CalibrationCurve.Result> calibration, Map<StudySet, Map<ModelKind, DecisionCurve.Result>> decisionCurves,
        List<String> notes, Map<String, Double> seconds, String version, String engine) {}
