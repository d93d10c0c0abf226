package org.spinelab.synth;

/** The MR sequences the generator simulates. */
public enum Contrast {
    /** T1-weighted (radiomics-nomogram paper, sagittal). */
    T1("T1WI"),
    /** Fat-suppressed T2-weighted (radiomics-nomogram paper, sagittal). */
    T2FS("FS-T2WI"),
    /** Contrast-enhanced T1-weighted (MAGN paper, sagittal, coronal and axial). */
    CET1("CE-T1WI");

    private final String label;

    Contrast(String label) {
        this.label = label;
    }

    /** Name as radiologists write it, used in series descriptions. */
    public String label() {
        return label;
    }
}
