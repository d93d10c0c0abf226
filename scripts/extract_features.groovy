// Radiomics features of one image and its lesion mask from a SciJava script.
//
// Teaches: calling the plugin's commands from any SciJava script language (Groovy here; Python/Jython
// and JavaScript read the same) through CommandService — inputs by parameter name (the same names as
// the macro keys), outputs by name with getOutput — and returning results as the script's outputs.
// In Fiji: File › Open this file in the Script Editor and press Run; the #@ lines become its dialog.
//   1. Open Medical Volume opens the image and the mask (NIfTI, NRRD or a DICOM folder) with their
//      patient geometry;
//   2. Extract Features computes the PyRadiomics features (the parameter file's, else the defaults);
//   3. the features named in `features` are returned in `values` (name → value) and printed.
#@ CommandService command
#@ File (label = "Image (file or DICOM folder)", style = "both") image_file
#@ File (label = "Lesion mask (file or DICOM folder)", style = "both") mask_file
#@ File (label = "PyRadiomics parameter file (optional)", required = false) params
#@ Integer (label = "Label value of the lesion", value = 1) label
#@ String (label = "Features to return (comma-separated)", value = "original_firstorder_Mean,original_glcm_Contrast") features
#@output java.util.Map values

def open(file) {
    command.run(org.spinelab.fiji.OpenMedicalVolumeCommand, true, "path", file).get().getOutput("image")
}

def image = open(image_file)
def mask = open(mask_file)
def extraction = command.run(org.spinelab.fiji.ExtractFeaturesCommand, true,
        "image", image, "mask", mask, "params", params, "label", label).get()
if (extraction.isCanceled()) {
    throw new IllegalArgumentException("Extract Features: " + extraction.getCancelReason())
}
def table = extraction.getOutput("features")
def all = [:]
for (int r = 0; r < table.size(); r++) {
    all[table.getStringValue("Feature", r)] = table.getValue("Value", r)
}
def chosen = new LinkedHashMap()
for (name in features.split(",")*.trim()) {
    if (!all.containsKey(name)) {
        throw new IllegalArgumentException("features: '" + name + "' was not computed (" + all.size()
                + " features were; check the parameter file's featureClass)")
    }
    chosen[name] = all[name]
}
chosen.each { name, value -> println(name + " = " + value) }
values = chosen // the output is set only once every name was found
