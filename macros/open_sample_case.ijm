// Open a case of the sample cohort with its lesion mask as an overlay, and save it as NIfTI.
//
// Teaches: Plugins > Spine Radiomics > Open Sample Case (a case of sample-data/cohort.csv, the
// synthetic cohort made by `spinelab synth`), its mask shown as a filled overlay on the same grid,
// and Save Medical Volume, which keeps the patient geometry when
// writing .nii.gz — ImageJ's own "Save As" would lose the orientation.
//
// Argument: the cohort table (default: sample-data/cohort.csv under the current directory).
// test-argument: repo:sample-data/cohort.csv

cohort = getArgument();
if (cohort == "")
    cohort = "sample-data/cohort.csv";
run("Open Sample Case", "cohort=[" + cohort + "] case_id=P001 series=t2fs_sag mask=mask_sag_reader1");
image = getTitle();
print("Opened " + image + " (" + getWidth() + " x " + getHeight() + " x " + nSlices + ")");

// The overlay has one element per slice that contains the lesion (Image > Overlay > Hide/Show).
print("The lesion mask covers " + Overlay.size + " slices");

out = getDirectory("temp") + "P001_t2fs_sag.nii.gz";
run("Save Medical Volume", "image=[" + image + "] path=[" + out + "]");
print("Saved " + out + " (" + File.length(out) + " bytes)");
