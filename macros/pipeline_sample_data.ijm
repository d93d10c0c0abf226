// The whole radiomics pipeline on one case of the sample cohort, then the study on the whole cohort.
//
// Teaches, in the order a study is done:
//   1. Open Sample Case — a case's sagittal CE-T1 image, its sagittal lesion mask (as an image) and
//      its axial CE-T1 image, each with its patient geometry;
//   2. Transfer Labels — the lesion drawn on the sagittal series mapped into the axial series
//      through patient coordinates (shape-based interpolation across the sagittal slice gap);
//   3. Extract Features — radiomics features of the transferred axial lesion, compared with the same
//      features on the true axial mask that the synthetic cohort carries;
//   4. Run Radiomics Study — the radiomics-nomogram paper end to end on the cohort (training /
//      validation / external sets), into a temporary folder; Table 2 lands in the Results table;
//   5. Apply Study Model — the study's model.json applied to the case as a new patient would be: its
//      sagittal T1 and FS-T2 with the reader's lesion mask, and the clinical factors the model uses
//      (read from the case's row of the cohort table) give the rad-score, the points per predictor,
//      the total points, the probability, and the nomogram figure with the patient marked.
// A light feature set (shape, first order, GLCM) and 20 bootstrap replicates keep it to seconds;
// leave out params= and bootstrap= for the study's own settings.
//
// Argument: the cohort table (default: sample-data/cohort.csv under the current directory).
// test-argument: repo:sample-data/cohort.csv

cohort = getArgument();
if (cohort == "")
    cohort = "sample-data/cohort.csv";
c = "cohort=[" + cohort + "] case_id=P001";

// 1. the series of one case
run("Open Sample Case", c + " series=cet1_sag");
sag = getTitle();
run("Open Sample Case", c + " series=mask_sag_reader1");
sagMask = getTitle();
run("Open Sample Case", c + " series=cet1_ax");
ax = getTitle();
run("Open Sample Case", c + " series=mask_ax_true");
axTrue = getTitle();

// 2. sagittal lesion -> axial grid (the outline is drawn on the axial image)
run("Transfer Labels", "source=[" + sag + "] labels=[" + sagMask + "] target=[" + ax + "] interpolation=shape");
axMask = getTitle();
print("Transferred " + sagMask + " onto " + ax + " as " + axMask);

// 3. features of the transferred lesion vs the true axial lesion
names = newArray("original_shape_VoxelVolume", "original_firstorder_Mean", "original_glcm_Contrast");
run("Extract Features", "image=[" + ax + "] mask=[" + axMask + "] label=1");
transferred = valuesOf(names);
run("Extract Features", "image=[" + ax + "] mask=[" + axTrue + "] label=1");
truth = valuesOf(names);
for (i = 0; i < names.length; i++)
    print(names[i] + ": transferred mask " + d2s(transferred[i], 3) + ", true axial mask " + d2s(truth[i], 3));

// 4. the study on the whole cohort (light settings), into the temporary folder
params = getDirectory("temp") + "spinelab_light_params.yaml";
File.saveString("imageType:\n  Original: {}\nfeatureClass:\n  shape:\n  firstorder:\n  glcm:\n"
    + "setting:\n  normalize: true\n  normalizeScale: 100\n  binWidth: 25\n  label: 1\n", params);
out = getDirectory("temp") + "spinelab_study";
run("Run Radiomics Study", "cohort=[" + cohort + "] out=[" + out + "] seed=2024 params=[" + params
    + "] bootstrap=20 overwrite=true open_report=false");
for (r = 0; r < nResults; r++) {
    if (getResultString("model", r) == "nomogram")
        print("nomogram, " + getResultString("set", r) + " set: AUC " + d2s(getResult("auc", r), 3)
            + " (95% CI " + d2s(getResult("auc_ci_lower", r), 3) + "-" + d2s(getResult("auc_ci_upper", r), 3) + ")");
}
print("Report: " + out + File.separator + "report.html");

// 5. the study's model applied to this case in one step
run("Open Sample Case", c + " series=t1_sag");
t1 = getTitle();
run("Open Sample Case", c + " series=t2fs_sag");
t2 = getTitle();
model = out + File.separator + "model.json";
clinical = clinicalFactorsOf(cohort, "P001", File.openAsString(model));
run("Apply Study Model", "model=[" + model + "] t1=[" + t1 + "] t2fs=[" + t2 + "] lesion=[" + sagMask
    + "] clinical=[" + clinical + "] nomogram=true");
print("P001 with the study's model (" + clinical + "): rad-score " + d2s(getResult("rad_score", 0), 3)
    + ", total points " + d2s(getResult("total_points", 0), 1) + ", nomogram probability of metastasis "
    + d2s(getResult("nomogram_probability", 0), 3) + "; figure: " + getTitle());

// the Value column of Extract Features' Results for the given feature names
function valuesOf(features) {
    v = newArray(features.length);
    for (f = 0; f < features.length; f++) {
        v[f] = NaN;
        for (r = 0; r < nResults; r++)
            if (getResultString("Feature", r) == features[f])
                v[f] = getResult("Value", r);
    }
    return v;
}

// "name=value …" for the clinical factors that the model's nomogram uses, from the case's cohort row
function clinicalFactorsOf(cohortTable, id, modelJson) {
    candidates = newArray("age", "diameter_cm", "male", "ill_defined_margin", "heterogeneous", "irregular_shape",
        "multiple_lesions");
    lines = split(File.openAsString(cohortTable), "\n");
    header = split(lines[0], ",");
    cells = newArray(0);
    for (l = 1; l < lines.length; l++)
        if (startsWith(lines[l], id + ","))
            cells = split(lines[l], ",");
    pairs = "";
    for (k = 0; k < candidates.length; k++) {
        if (indexOf(modelJson, "\"" + candidates[k] + "\"") < 0)
            continue;
        for (h = 0; h < header.length; h++)
            if (header[h] == candidates[k])
                pairs = pairs + candidates[k] + "=" + cells[h] + " ";
    }
    return substring(pairs, 0, maxOf(0, lengthOf(pairs) - 1));
}
