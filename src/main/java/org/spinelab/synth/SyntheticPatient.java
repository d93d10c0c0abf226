package org.spinelab.synth;

import java.util.List;
import org.spinelab.image.Volume;

/**
 * One generated patient: its spec, the phantom the images were sampled from, the images and masks in
 * a fixed order (the order of {@code cohort.csv}'s columns), and reader 2's Dice against reader 1.
 */
public record SyntheticPatient(PatientSpec spec, PatientPhantom phantom, List<NamedVolume> images,
        List<NamedVolume> masks, double readerDice) {

    /**
     * A volume with the column/file stem it is written under (e.g. {@code t1_sag}), its view and the
     * slice thickness of its prescription (the spacing minus the gap).
     */
    public record NamedVolume(String name, String view, Volume volume, double sliceThicknessMm) {}

    /** The image or mask called {@code name}. */
    public NamedVolume get(String name) {
        for (NamedVolume v : images) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        for (NamedVolume v : masks) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no volume " + name);
    }
}
