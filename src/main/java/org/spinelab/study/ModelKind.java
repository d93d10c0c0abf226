package org.spinelab.study;

/** The four "models" the paper compares, with their summary.json keys. */
public enum ModelKind {
    CLINICAL("clinical", "Clinical model"),
    SIGNATURE("signature", "Radiomics signature"),
    NOMOGRAM("nomogram", "Radiomics nomogram"),
    RADIOLOGIST("radiologist", "Radiologist");

    private final String key;
    private final String title;

    ModelKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }
}
