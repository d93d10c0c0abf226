// Batch feature extraction over a folder of cases, one subfolder per patient.
//
// Teaches: looping over a folder with getFileList, opening each case's image and lesion mask with
// Open Medical Volume (geometry kept), running Extract Features on every case, and collecting a few
// features per case into one CSV table — the pattern of a radiomics study done entirely in a macro.
// For a whole cohort table in one call, Plugins > Spine Radiomics > Extract Cohort Features does the
// same in parallel; this macro shows the loop a teaching lab can adapt.
//
// Argument: a folder whose subfolders each hold t2fs_sag.nii.gz and mask_sag_reader1.nii.gz (as the
// bundled sample-data/ does). The table is written to features_<folder name>.csv in the temp folder.
// test-argument: repo:sample-data

folder = getArgument();
if (folder == "")
    folder = getDirectory("Choose a folder with one subfolder per case");
if (!endsWith(folder, File.separator))
    folder = folder + File.separator;

print("Batch extraction over the cases in " + folder);
imageName = "t2fs_sag.nii.gz";
maskName = "mask_sag_reader1.nii.gz";
wanted = newArray("original_firstorder_Mean", "original_firstorder_Entropy", "original_glcm_Contrast", "original_glszm_ZoneEntropy");

// PyRadiomics parameter file: Original image, the families the wanted features come from.
params = getDirectory("temp") + "spinelab_batch_example.yaml";
File.saveString("imageType: {Original: {}}\nfeatureClass: {firstorder: [], glcm: [], glszm: []}\nsetting: {binWidth: 25}\n", params);

csv = "case";
for (f = 0; f < wanted.length; f++)
    csv = csv + "," + wanted[f];
csv = csv + "\n";

entries = getFileList(folder);
cases = 0;
for (e = 0; e < entries.length; e++) {
    caseDir = folder + entries[e];
    if (endsWith(entries[e], "/") && File.exists(caseDir + imageName) && File.exists(caseDir + maskName)) {
        caseId = replace(entries[e], "/", "");
        run("Open Medical Volume", "path=[" + caseDir + imageName + "]");
        image = getTitle();
        run("Open Medical Volume", "path=[" + caseDir + maskName + "]");
        mask = getTitle();
        run("Extract Features", "image=[" + image + "] mask=[" + mask + "] params=[" + params + "] label=1");
        row = caseId;
        for (f = 0; f < wanted.length; f++) {
            value = "NaN";
            for (r = 0; r < nResults; r++)
                if (getResultString("Feature", r) == wanted[f])
                    value = d2s(getResult("Value", r), 9);
            row = row + "," + value;
        }
        csv = csv + row + "\n";
        close(mask);
        close(image);
        cases++;
    }
}
if (cases == 0)
    exit("No case in " + folder + " has both " + imageName + " and " + maskName);

out = getDirectory("temp") + "features_" + File.getName(folder) + ".csv";
File.saveString(csv, out);
print("Extracted " + wanted.length + " features of " + cases + " cases into " + out);
lines = split(csv, "\n");
for (l = 0; l < minOf(4, lines.length); l++)
    print(lines[l]);
