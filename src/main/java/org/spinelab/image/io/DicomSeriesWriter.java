package org.spinelab.image.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.spinelab.image.Affine;
import org.spinelab.image.Volume;
import org.spinelab.util.InvalidInputException;

/**
 * Writes a {@link Volume} as an MR DICOM series: one file per slice k, named {@code IMkkkk.dcm} with
 * kkkk = Instance Number = k + 1, Explicit VR Little Endian, SOP Class MR Image Storage.
 *
 * <p>Geometry (inverse of {@link DicomSeriesGeometry}): with the index→LPS affine columns a_i, a_j,
 * a_k and origin o, Pixel Spacing = [|a_j|, |a_i|], Image Orientation = (a_i/|a_i| \ a_j/|a_j|),
 * Image Position of slice k = o + k·a_k, Spacing Between Slices = |a_k · n| with n the slice normal,
 * Slice Location = IPP · n. The i and j axes must be orthogonal (DICOM has no in-plane shear).
 *
 * <p>Voxels are quantised to 16 bits with {@link DicomPixelEncoding#choose} unless the series fixes an
 * encoding. UIDs not given are derived from {@link Series#uidSeed()} with {@link DicomUids}, so the same
 * input always gives byte-identical files. The directory appears complete or not at all: files are
 * written to a temporary sibling directory that is renamed at the end.
 */
public final class DicomSeriesWriter {

    public static final String MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
    /** Identifies this writer in the File Meta group (a fixed 2.25 UID for "spinelab DICOM writer"). */
    static final String IMPLEMENTATION_CLASS_UID = DicomUids.of("org.spinelab", "implementation-class");
    static final String IMPLEMENTATION_VERSION = "SPINELAB_1";

    /**
     * What the series says about itself. Null UIDs are derived from {@code uidSeed}.
     *
     * @param uidSeed seed of every generated UID
     * @param patientId Patient ID (0010,0020)
     * @param patientName Patient's Name (0010,0010)
     * @param studyInstanceUid Study Instance UID
     * @param seriesInstanceUid Series Instance UID
     * @param frameOfReferenceUid Frame of Reference UID: series that share it share patient coordinates
     * @param seriesDescription Series Description (0008,103E)
     * @param seriesNumber Series Number
     * @param studyDate Study Date, {@code YYYYMMDD} (empty allowed)
     * @param encoding pixel encoding, or null to choose one from the data
     * @param sliceThickness Slice Thickness in mm, or NaN for the slice spacing
     */
    public record Series(
            String uidSeed,
            String patientId,
            String patientName,
            String studyInstanceUid,
            String seriesInstanceUid,
            String frameOfReferenceUid,
            String seriesDescription,
            int seriesNumber,
            String studyDate,
            DicomPixelEncoding encoding,
            double sliceThickness) {

        /** A series whose every UID comes from {@code seed}. */
        public static Series seeded(String seed) {
            return new Series(seed, "ANONYMOUS", "Anonymous", null, null, null, "", 1, "", null, Double.NaN);
        }

        public Series withPatient(String id, String name) {
            return new Series(uidSeed, id, name, studyInstanceUid, seriesInstanceUid, frameOfReferenceUid, seriesDescription,
                    seriesNumber, studyDate, encoding, sliceThickness);
        }

        public Series withStudy(String uid, String date) {
            return new Series(uidSeed, patientId, patientName, uid, seriesInstanceUid, frameOfReferenceUid, seriesDescription,
                    seriesNumber, date, encoding, sliceThickness);
        }

        public Series withSeries(String uid, int number, String description) {
            return new Series(uidSeed, patientId, patientName, studyInstanceUid, uid, frameOfReferenceUid, description,
                    number, studyDate, encoding, sliceThickness);
        }

        public Series withFrameOfReference(String uid) {
            return new Series(uidSeed, patientId, patientName, studyInstanceUid, seriesInstanceUid, uid, seriesDescription,
                    seriesNumber, studyDate, encoding, sliceThickness);
        }

        public Series withEncoding(DicomPixelEncoding e) {
            return new Series(uidSeed, patientId, patientName, studyInstanceUid, seriesInstanceUid, frameOfReferenceUid,
                    seriesDescription, seriesNumber, studyDate, e, sliceThickness);
        }

        public Series withSliceThickness(double mm) {
            return new Series(uidSeed, patientId, patientName, studyInstanceUid, seriesInstanceUid, frameOfReferenceUid,
                    seriesDescription, seriesNumber, studyDate, encoding, mm);
        }

        String study() {
            return studyInstanceUid != null ? studyInstanceUid : DicomUids.of(uidSeed, "study");
        }

        String series() {
            return seriesInstanceUid != null ? seriesInstanceUid : DicomUids.of(uidSeed, "series");
        }

        String frameOfReference() {
            return frameOfReferenceUid != null ? frameOfReferenceUid : DicomUids.of(uidSeed, "frame-of-reference");
        }
    }

    private DicomSeriesWriter() {}

    /**
     * Writes {@code volume} into {@code directory}, which must not exist or be empty.
     *
     * @return the files written, in slice order
     */
    public static List<Path> write(Volume volume, Path directory, Series series) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new InvalidInputException(directory + ": exists and is not an empty directory; a DICOM series needs a directory of its own");
        }
        SliceFrame frame = SliceFrame.of(volume.geometry().indexToLps(), directory.toString());
        DicomPixelEncoding enc = series.encoding() != null ? series.encoding() : DicomPixelEncoding.choose(volume.data());
        double[] range = volume.range();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path tmp = org.spinelab.util.StagingPaths.newDirectory(parent, "." + dir.getFileName() + ".");
        List<Path> names = new ArrayList<>();
        try {
            for (int k = 0; k < volume.nz(); k++) {
                String name = String.format(Locale.ROOT, "IM%04d.dcm", k + 1);
                DicomDatasetWriter w = slice(volume, k, frame, enc, series, range);
                try (OutputStream out = Files.newOutputStream(tmp.resolve(name))) {
                    w.writeTo(out);
                }
                names.add(dir.resolve(name));
            }
            if (Files.exists(dir)) {
                Files.delete(dir);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } finally {
            deleteTree(tmp);
        }
        return names;
    }

    private static DicomDatasetWriter slice(Volume v, int k, SliceFrame f, DicomPixelEncoding enc, Series s, double[] range) {
        int nx = v.nx();
        int ny = v.ny();
        double[] ipp = f.position(k);
        String sop = DicomUids.of(s.uidSeed(), "instance/" + s.series() + "/" + (k + 1));
        short[] words = new short[nx * ny];
        double[] d = v.data();
        int base = v.index(0, 0, k);
        for (int p = 0; p < words.length; p++) {
            words[p] = (short) enc.encode(d[base + p]);
        }
        double lo = range[0];
        double hi = range[1];
        double thickness = Double.isNaN(s.sliceThickness()) ? f.sliceSpacing() : s.sliceThickness();
        return new DicomDatasetWriter(MR_IMAGE_STORAGE, sop, IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION)
                .string(0x0008, 0x0008, "CS", "DERIVED\\PRIMARY\\OTHER")
                .string(0x0008, 0x0016, "UI", MR_IMAGE_STORAGE)
                .string(0x0008, 0x0018, "UI", sop)
                .string(0x0008, 0x0020, "DA", s.studyDate())
                .string(0x0008, 0x0030, "TM", "")
                .string(0x0008, 0x0050, "SH", "")
                .string(0x0008, 0x0060, "CS", "MR")
                .string(0x0008, 0x0070, "LO", "SPINELAB")
                .string(0x0008, 0x0090, "PN", "")
                .string(0x0008, 0x103E, "LO", s.seriesDescription())
                .string(0x0010, 0x0010, "PN", s.patientName())
                .string(0x0010, 0x0020, "LO", s.patientId())
                .string(0x0010, 0x0030, "DA", "")
                .string(0x0010, 0x0040, "CS", "")
                .string(0x0018, 0x0020, "CS", "RM")
                .string(0x0018, 0x0021, "CS", "NONE")
                .string(0x0018, 0x0022, "CS", "")
                .string(0x0018, 0x0023, "CS", "2D")
                .string(0x0018, 0x0050, "DS", DicomDecimalStrings.format(thickness))
                .string(0x0018, 0x0081, "DS", "")
                .string(0x0018, 0x0088, "DS", DicomDecimalStrings.format(f.sliceSpacing()))
                .string(0x0018, 0x0091, "IS", "")
                .string(0x0020, 0x000D, "UI", s.study())
                .string(0x0020, 0x000E, "UI", s.series())
                .string(0x0020, 0x0010, "SH", "1")
                .string(0x0020, 0x0011, "IS", Integer.toString(s.seriesNumber()))
                .string(0x0020, 0x0013, "IS", Integer.toString(k + 1))
                .string(0x0020, 0x0032, "DS", triple(ipp))
                .string(0x0020, 0x0037, "DS", triple(f.rowDirection) + "\\" + triple(f.columnDirection))
                .string(0x0020, 0x0052, "UI", s.frameOfReference())
                .string(0x0020, 0x1040, "LO", "")
                .string(0x0020, 0x1041, "DS", DicomDecimalStrings.format(DicomSlicePlacement.dot(ipp, f.normal)))
                .us(0x0028, 0x0002, 1)
                .string(0x0028, 0x0004, "CS", "MONOCHROME2")
                .us(0x0028, 0x0010, ny)
                .us(0x0028, 0x0011, nx)
                .string(0x0028, 0x0030, "DS", DicomDecimalStrings.format(f.spacingJ) + "\\" + DicomDecimalStrings.format(f.spacingI))
                .us(0x0028, 0x0100, 16)
                .us(0x0028, 0x0101, 16)
                .us(0x0028, 0x0102, 15)
                .us(0x0028, 0x0103, enc.signed() ? 1 : 0)
                .string(0x0028, 0x1050, "DS", DicomDecimalStrings.format((lo + hi) / 2))
                .string(0x0028, 0x1051, "DS", DicomDecimalStrings.format(Math.max(hi - lo, 1)))
                .string(0x0028, 0x1052, "DS", DicomDecimalStrings.format(enc.intercept()))
                .string(0x0028, 0x1053, "DS", DicomDecimalStrings.format(enc.slope()))
                .string(0x0028, 0x1054, "LO", "US")
                .pixels16(words);
    }

    private static String triple(double[] v) {
        return DicomDecimalStrings.format(v[0]) + "\\" + DicomDecimalStrings.format(v[1]) + "\\" + DicomDecimalStrings.format(v[2]);
    }

    /** The DICOM view of an index→LPS affine: unit row/column directions, pixel spacings, slice step. */
    private record SliceFrame(double[] rowDirection, double[] columnDirection, double spacingI, double spacingJ,
            double[] normal, double[] origin, double[] step) {

        static SliceFrame of(Affine a, String what) {
            double[] ci = {a.get(0, 0), a.get(1, 0), a.get(2, 0)};
            double[] cj = {a.get(0, 1), a.get(1, 1), a.get(2, 1)};
            double[] ck = {a.get(0, 2), a.get(1, 2), a.get(2, 2)};
            double si = DicomSlicePlacement.norm(ci);
            double sj = DicomSlicePlacement.norm(cj);
            double[] r = {ci[0] / si, ci[1] / si, ci[2] / si};
            double[] c = {cj[0] / sj, cj[1] / sj, cj[2] / sj};
            if (Math.abs(DicomSlicePlacement.dot(r, c)) > 1e-6) {
                throw new InvalidInputException(what + ": the i and j axes of the image are not orthogonal; DICOM images cannot be sheared in-plane");
            }
            return new SliceFrame(r, c, si, sj, DicomSlicePlacement.cross(r, c), a.translation(), ck);
        }

        double[] position(int k) {
            return new double[] {origin[0] + k * step[0], origin[1] + k * step[1], origin[2] + k * step[2]};
        }

        double sliceSpacing() {
            return Math.abs(DicomSlicePlacement.dot(step, normal));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
