// Reading one patient off a nomogram: points per predictor, total points, probability.
//
// Teaches: saving a fitted model with Fit Logistic Model (model=...), then Plugins > Spine Radiomics >
// Apply Nomogram on that model file, once with the patient's values typed in the call
// (values=[radscore=... clinical=...]) and once with the values taken from a row of the Results table
// (table=Results row=...). Each run puts one row in the Results table - the values, Points_<predictor>,
// Total_points, Linear_predictor and Probability - and opens the nomogram with the patient marked.
//
// Argument: a CSV with a 0/1 "label" column (1 = metastasis) and the predictor columns "radscore" and
// "clinical" (without one, a file dialog asks; macros/data/roc_example.csv is an example).
// test-argument: macros:data/roc_example.csv

path = getArgument();
if (path == "")
    path = File.openDialog("Choose a CSV with label, radscore and clinical columns");
model = getDirectory("temp") + "spine_nomogram.json";

// 1. Fit the model on the whole table and save it (in a study: fit on the training set only).
run("Fit Logistic Model", "csv=[" + path + "] label=label predictors=radscore,clinical model=[" + model + "]");

// 2. A patient typed in: the probability of metastasis and how each predictor contributes.
run("Apply Nomogram", "model=[" + model + "] values=[radscore=0.8 clinical=0.2]");
print("Typed patient (radscore 0.8, clinical 0.2): " + d2s(getResult("Points_radscore", 0), 1)
    + " + " + d2s(getResult("Points_clinical", 0), 1) + " = " + d2s(getResult("Total_points", 0), 1)
    + " points -> probability of metastasis " + d2s(getResult("Probability", 0), 3));
print("Figure: '" + getTitle() + "'");

// 3. A patient from a table: load the CSV into Results and read its first row.
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
patient = getResultString("id", 0);
run("Apply Nomogram", "model=[" + model + "] table=Results row=0");
print("Patient " + patient + " (first row): radscore " + getResult("radscore", 0) + ", clinical "
    + getResult("clinical", 0) + " -> " + d2s(getResult("Total_points", 0), 1) + " points, probability "
    + d2s(getResult("Probability", 0), 3));
