// Where does the network look? MAGN's attention maps as heat-map overlays on the three views.
//
// Teaches:
//   1. Transfer Labels — the lesion drawn once on the sagittal series mapped into the coronal and
//      axial series of the same case (MAGN needs a lesion mask on every view to find its crop);
//   2. Train MAGN — the multi-view attention-guided network, cross-validated, with a final model
//      saved in a folder (here a one-minute demonstration: tiny backbone, 32-pixel crops, one epoch;
//      the paper's network is backbone=resnet50 crop=256 epochs=30);
//   3. Classify with MAGN — the probability of metastasis for the case, and each view's attention
//      map drawn over the slice the network saw, through a LUT with an opacity and a colour bar
//      (Image > Overlay > Hide Overlay to compare; map=gradcam for Grad-CAM instead).
//
// Argument: the cohort table (default: sample-data/cohort.csv under the current directory).
// test-argument: repo:sample-data/cohort.csv

cohort = getArgument();
if (cohort == "")
    cohort = "sample-data/cohort.csv";
c = "cohort=[" + cohort + "] case_id=P002";

// 1. one case's three views and its sagittal lesion, mapped onto the other two views
run("Open Sample Case", c + " series=cet1_sag");
sag = getTitle();
run("Open Sample Case", c + " series=mask_sag_reader1");
sagMask = getTitle();
run("Open Sample Case", c + " series=cet1_cor");
cor = getTitle();
run("Open Sample Case", c + " series=cet1_ax");
ax = getTitle();
run("Transfer Labels", "source=[" + sag + "] labels=[" + sagMask + "] target=[" + cor + "] interpolation=shape");
corMask = getTitle();
run("Transfer Labels", "source=[" + sag + "] labels=[" + sagMask + "] target=[" + ax + "] interpolation=shape");
axMask = getTitle();

// 2. a small MAGN on the cohort (attention-guided), saved in the temporary folder
model = getDirectory("temp") + "spinelab_magn";
run("Train MAGN", "cohort=[" + cohort + "] views=sag,cor,ax attention=true folds=2 epochs=1 backbone=tiny crop=32 batch=16 out=[" + model + "]");
print("MAGN, 2-fold CV: AUC " + d2s(getResult("AUC_mean", 0), 3) + " +/- " + d2s(getResult("AUC_SD", 0), 3)
    + ", accuracy " + d2s(getResult("ACC", 0), 3) + ", F1 " + d2s(getResult("F1", 0), 3));

// 3. the case classified, its attention maps over the three views
run("Classify with MAGN", "model=[" + model + "] sagittal=[" + sag + "] coronal=[" + cor + "] axial=[" + ax
    + "] sagittal_mask=[" + sagMask + "] coronal_mask=[" + corMask + "] axial_mask=[" + axMask
    + "] map=attention lut=Fire opacity=0.5");
print("P002: probability of metastasis " + d2s(getResult("Probability", 0), 3) + " (" + getResultString("Predicted", 0) + ")");
views = newArray(sag, cor, ax);
for (v = 0; v < views.length; v++) {
    selectImage(views[v]);
    print(views[v] + ": attention map on slice " + getSliceNumber() + ", " + Overlay.size + " overlay elements");
}
