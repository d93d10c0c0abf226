// ROC comparison of two scores in a CSV table.
//
// Teaches: getting a CSV into ImageJ's "Results" table (with macro functions only, so it also runs
// headless), then Plugins > Spine Radiomics > ROC Comparison: per score the AUC with its DeLong 95%
// confidence interval and the Youden cut-off (sensitivity, specificity, accuracy), and the paired
// DeLong test between the scores. The results replace the Results table (read them with
// getResult); with a display, the ROC curves open in a plot window.
//
// Argument: a CSV with a 0/1 "label" column (1 = metastasis) and the score columns "radscore" and
// "clinical" (without one, a file dialog asks; macros/data/roc_example.csv is an example).
// test-argument: macros:data/roc_example.csv

path = getArgument();
if (path == "")
    path = File.openDialog("Choose a CSV with label, radscore and clinical columns");

// Load the CSV into the Results table: numbers where cells are numbers, text otherwise.
lines = split(File.openAsString(path), "\n");
columns = split(lines[0], ",");
Table.reset("Results");
for (row = 1; row < lines.length; row++) {
    cells = split(lines[row], ",");
    for (c = 0; c < columns.length; c++) {
        value = parseFloat(cells[c]);
        if (isNaN(value))
            setResult(columns[c], row - 1, cells[c]);
        else
            setResult(columns[c], row - 1, value);
    }
}
updateResults();
print("Loaded " + nResults + " patients from " + path);

run("ROC Comparison", "table=Results label=label scores=radscore,clinical");

for (row = 0; row < nResults; row++) {
    print(getResultString("Model", row) + ": AUC " + d2s(getResult("AUC", row), 3)
        + " (95% CI " + d2s(getResult("CI_low", row), 3) + "-" + d2s(getResult("CI_high", row), 3) + ")"
        + ", cut-off " + d2s(getResult("Threshold", row), 3)
        + ": sensitivity " + d2s(getResult("Sensitivity", row), 3)
        + ", specificity " + d2s(getResult("Specificity", row), 3)
        + ", accuracy " + d2s(getResult("Accuracy", row), 3));
}
print("Paired DeLong test radscore vs clinical: z = " + d2s(getResult("z_vs_clinical", 0), 3)
    + ", p = " + d2s(getResult("p_vs_clinical", 0), 4));
