// Open a medical volume and print its geometry.
//
// Teaches: Plugins > Spine Radiomics > Open Medical Volume from a macro, and where the patient
// geometry lives. ImageJ's calibration holds only the voxel size; the plugin keeps the exact
// index -> patient (LPS, mm) affine in the image property "spinelab.geometry"
// ("nx ny nz" then the 3x4 affine row by row), which this macro decodes into origin, spacing and
// direction cosines — the numbers radiomics resampling and label transfer depend on.
//
// Argument: the path of a .nii/.nii.gz/.nrrd/.tif file or a DICOM series directory
// (without one, a file dialog asks).
// test-argument: conformance:pyradiomics/brain1_image.nrrd

path = getArgument();
if (path == "")
    path = File.openDialog("Choose a volume (.nii.gz, .nrrd, .tif)");
run("Open Medical Volume", "path=[" + path + "]");

print("Image: " + getTitle());
print("Size (voxels): " + getWidth() + " x " + getHeight() + " x " + nSlices);
getVoxelSize(width, height, depth, unit);
print("ImageJ calibration: " + width + " x " + height + " x " + depth + " " + unit);

g = split(Property.get("spinelab.geometry"), " ");
// affine element (row r, column c), rows and columns counted from 0
function a(r, c) {
    return parseFloat(g[3 + 4 * r + c]);
}
print("Origin (LPS mm, centre of the first voxel): " + d2s(a(0, 3), 3) + ", " + d2s(a(1, 3), 3) + ", " + d2s(a(2, 3), 3));
axes = newArray("i (columns)", "j (rows)", "k (slices)");
for (c = 0; c < 3; c++) {
    spacing = sqrt(a(0, c) * a(0, c) + a(1, c) * a(1, c) + a(2, c) * a(2, c));
    print("Axis " + axes[c] + ": spacing " + d2s(spacing, 4) + " mm, direction (LPS) "
        + d2s(a(0, c) / spacing, 4) + ", " + d2s(a(1, c) / spacing, 4) + ", " + d2s(a(2, c) / spacing, 4));
}
Stack.getStatistics(voxels, mean, min, max);
print("Intensities over all " + voxels + " voxels: mean " + d2s(mean, 4) + ", range " + min + " .. " + max);
