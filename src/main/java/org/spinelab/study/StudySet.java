package org.spinelab.study;

/** The three sets of the paper: internal training and validation (7:3), external test (other centers). */
public enum StudySet {
    TRAINING("training", "Training set"),
    VALIDATION("validation", "Validation set"),
    EXTERNAL("external", "External test set");

    private final String key;
    private final String title;

    StudySet(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The key used in file names and in summary.json. */
    public String key() {
        return key;
    }

    /** The heading a paper's table uses. */
    public String title() {
        return title;
    }
}
