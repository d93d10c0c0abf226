// Multivariable logistic regression of a CSV table, and the model drawn as a nomogram.
//
// Teaches: Plugins > Spine Radiomics > Fit Logistic Model straight from a CSV file: the Results table
// gets one row per term - coefficient (Estimate), standard error, Wald z and p, odds ratio with its
// 95% confidence interval - and the Hosmer-Lemeshow goodness-of-fit test of the model (HL_chi2, HL_df,
// HL_p); "nomogram" opens the model drawn as a nomogram (an image: points per predictor, total points,
// probability), "model=" saves it as a model file for Apply Nomogram (see apply_nomogram.ijm).
//
// Argument: a CSV with a 0/1 "label" column (1 = metastasis) and the predictor columns "radscore" and
// "clinical" (without one, a file dialog asks; macros/data/roc_example.csv is an example).
// test-argument: macros:data/roc_example.csv

path = getArgument();
if (path == "")
    path = File.openDialog("Choose a CSV with label, radscore and clinical columns");
model = getDirectory("temp") + "spine_nomogram.json";

run("Fit Logistic Model", "csv=[" + path + "] label=label predictors=radscore,clinical nomogram model=[" + model + "]");

print("Logistic model of label on radscore + clinical (" + path + "):");
for (row = 0; row < nResults; row++) {
    print("  " + getResultString("Term", row) + ": coefficient " + d2s(getResult("Estimate", row), 3)
        + " (SE " + d2s(getResult("SE", row), 3) + "), OR " + d2s(getResult("OR", row), 2)
        + " (95% CI " + d2s(getResult("OR_low", row), 2) + "-" + d2s(getResult("OR_high", row), 2) + ")"
        + ", p = " + d2s(getResult("p", row), -3));
}
print("Hosmer-Lemeshow: chi2 = " + d2s(getResult("HL_chi2", 0), 2) + ", df = " + getResult("HL_df", 0)
    + ", p = " + d2s(getResult("HL_p", 0), 3) + " (a small p means poor calibration)");
print("Nomogram figure: '" + getTitle() + "' (" + getWidth() + "x" + getHeight() + ")");
print("Model saved for Apply Nomogram: " + model);
