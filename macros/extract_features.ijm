// Extract radiomics features of a lesion from a macro.
//
// Teaches: opening an image and its label map with Open Medical Volume, then
// Plugins > Spine Radiomics > Extract Features, which computes PyRadiomics-compatible features of
// the label inside the image (here the first-order and GLCM families, bin width 25) and lists them
// in the Results table, one row per feature: read them with getResultString("Feature", row) and
// getResult("Value", row).
//
// Argument: the image path; its mask is the file of the same name with "_image" replaced by "_label"
// (as in PyRadiomics' test data brain1_image.nrrd / brain1_label.nrrd).
// test-argument: conformance:pyradiomics/brain1_image.nrrd

imagePath = getArgument();
if (imagePath == "")
    imagePath = File.openDialog("Choose an image whose mask is named *_label.*");
maskPath = replace(imagePath, "_image", "_label");

run("Open Medical Volume", "path=[" + imagePath + "]");
image = getTitle();
run("Open Medical Volume", "path=[" + maskPath + "]");
mask = getTitle();

// A PyRadiomics parameter file: which image types, feature classes and settings.
params = getDirectory("temp") + "spinelab_extract_example.yaml";
File.saveString("imageType: {Original: {}}\nfeatureClass: {firstorder: [], glcm: []}\nsetting: {binWidth: 25}\n", params);

run("Extract Features", "image=[" + image + "] mask=[" + mask + "] params=[" + params + "] label=1");
print(nResults + " features of label 1 in " + image);
for (row = 0; row < nResults; row++) {
    feature = getResultString("Feature", row);
    if (feature == "original_firstorder_Mean" || feature == "original_firstorder_Entropy" || feature == "original_glcm_Contrast")
        print(feature + " = " + d2s(getResult("Value", row), 6));
}
