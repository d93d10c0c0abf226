// Voxel-based feature maps of a lesion from a macro.
//
// Teaches: Plugins > Spine Radiomics > Feature Maps computes, for every voxel of the label, the
// features of its neighbourhood (a cube of kernel_radius voxels around it, restricted to the label
// when masked_kernel is ticked; gray levels discretised once on the whole label, as PyRadiomics'
// voxel-based extraction does). The maps come back as one 32-bit hyperstack, a channel per map, NaN
// outside the label; the first map is drawn over the image as a heat map with a colour bar.
//
// Argument: the image path; its mask is the file of the same name with "_image" replaced by "_label".
// test-argument: conformance:pyradiomics/brain1_image.nrrd

imagePath = getArgument();
if (imagePath == "")
    imagePath = File.openDialog("Choose an image whose mask is named *_label.*");
maskPath = replace(imagePath, "_image", "_label");

run("Open Medical Volume", "path=[" + imagePath + "]");
image = getTitle();
run("Open Medical Volume", "path=[" + maskPath + "]");
mask = getTitle();

run("Feature Maps", "image=[" + image + "] mask=[" + mask + "] features=[firstorder_Mean,glcm_Contrast] kernel_radius=1 masked_kernel bin_width=25 label=1 opacity=0.5 lut=fire");
maps = getTitle();
getDimensions(width, height, channels, slices, frames);
print(maps + ": " + channels + " maps of " + width + " x " + height + " x " + slices + " voxels");
selectImage(image);
print("heat map overlay on " + image + ": " + Overlay.size + " elements");
