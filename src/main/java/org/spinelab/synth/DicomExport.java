package org.spinelab.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.spinelab.image.io.DicomSeriesWriter;
import org.spinelab.util.InvalidInputException;

/**
 * Writes every image and mask of a patient as a DICOM MR series, {@code DIR/<id>/dicom/<name>/IMkkkk.dcm}:
 * one study per patient, one series per volume, all with the patient's frame of reference UID (so a
 * DICOM viewer or our reader knows the views share patient coordinates), the slice thickness of the
 * prescription (less than the spacing: the gap), and UIDs derived from the patient's seed, so the
 * files are as reproducible as the NIfTI ones.
 */
final class DicomExport {

    private DicomExport() {}

    /** Writes the series and returns their directories relative to the cohort directory, in volume order. */
    static List<String> write(SyntheticPatient p, Path cohortDir) throws IOException {
        PatientSpec s = p.spec();
        String seed = "spinelab-synth/" + Long.toUnsignedString(s.seed());
        String study = PatientGenerator.uid(s.seed(), 1000);
        List<SyntheticPatient.NamedVolume> all = new ArrayList<>(p.images());
        all.addAll(p.masks());
        List<String> out = new ArrayList<>();
        int number = 1;
        for (SyntheticPatient.NamedVolume v : all) {
            String rel = s.id() + "/dicom/" + v.name();
            Path dir = cohortDir.resolve(rel);
            clearOwnSeries(dir);
            var md = v.volume().metadata();
            DicomSeriesWriter.Series series = DicomSeriesWriter.Series.seeded(seed)
                    .withPatient(s.id(), "SYNTH^" + s.id())
                    .withStudy(study, "")
                    .withSeries(md.seriesInstanceUid(), number++, md.seriesDescription())
                    .withFrameOfReference(md.frameOfReferenceUid())
                    .withSliceThickness(v.sliceThicknessMm());
            DicomSeriesWriter.write(v.volume(), dir, series);
            out.add(rel);
        }
        return out;
    }

    /**
     * Removes a series directory left by an earlier run into the same output (the writer needs an empty
     * directory); refuses when it holds anything but our {@code IM*.dcm} files.
     */
    private static void clearOwnSeries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> st = Files.list(dir)) {
            files = st.toList();
        }
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (!Files.isRegularFile(f) || !n.matches("IM[0-9]{4}\\.dcm")) {
                throw new InvalidInputException(dir + ": exists and holds " + n + "; not overwriting a directory"
                        + " that is not a DICOM series written by synth");
            }
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
    }
}
