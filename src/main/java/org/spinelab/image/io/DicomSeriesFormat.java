package org.spinelab.image.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.InvalidInputException;

/**
 * A DICOM series given as a directory with one single-frame image per file, read with ImageJ 1.x's
 * DICOM reader ({@link DicomImageFile}). Coordinates are DICOM's own patient LPS, so the geometry is
 * taken over unchanged: index i = column, j = row, k = slice in order along the slice normal
 * (see {@link DicomSeriesGeometry}; never by Instance Number or file name).
 *
 * <p>Files without {@code DICM} at byte 128, and DICOM files without an image (DICOMDIR, reports), are
 * ignored. The directory must hold exactly one Series Instance UID; otherwise the error lists every
 * series with its description and number of files. Multi-frame files, 4-D / multi-echo series (two
 * images at one position), unevenly spaced slices and images of different size or orientation are
 * refused with an {@link InvalidInputException} naming the directory and file.
 *
 * <p>Writing produces an MR series through {@link DicomSeriesWriter} with UIDs derived from the target
 * path; the volume's frame of reference UID is kept so written series stay comparable with their source.
 */
public final class DicomSeriesFormat implements VolumeFormat {

    @Override
    public String name() {
        return "DICOM series";
    }

    /** A directory; or, for writing, a path that does not exist yet and has no extension. */
    @Override
    public boolean accepts(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        Path name = path.getFileName();
        return !Files.exists(path) && name != null && !name.toString().contains(".");
    }

    @Override
    public Volume read(Path dir) {
        List<Path> files = list(dir);
        if (files.isEmpty()) {
            List<String> subdirs = subdirectories(dir);
            throw new InvalidInputException(subdirs.isEmpty()
                    ? dir + ": empty directory; expected a DICOM series (one file per slice)"
                    : dir + ": holds no files, only directories (" + String.join(", ", subdirs)
                            + "); give the directory of one series");
        }
        List<String> imageless = new ArrayList<>();
        Map<String, List<Path>> bySeries = new LinkedHashMap<>();
        Map<String, DicomHeader> firstHeader = new LinkedHashMap<>();
        Map<Path, DicomHeader> headers = new LinkedHashMap<>();
        for (Path f : files) {
            if (!DicomImageFile.isDicomFile(f)) {
                continue;
            }
            DicomHeader h = DicomImageFile.readHeader(f);
            DicomImageFile.requireUncompressed(h);
            if (!DicomImageFile.isImage(h)) {
                imageless.add(f.getFileName().toString());
                continue;
            }
            String uid = h.string(DicomHeader.SERIES_INSTANCE_UID);
            String key = uid == null ? "(no Series Instance UID)" : uid;
            bySeries.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
            headers.put(f, h);
            firstHeader.putIfAbsent(key, h);
        }
        if (bySeries.isEmpty()) {
            throw new InvalidInputException(dir + ": no DICOM image among its " + files.size()
                    + (files.size() == 1 ? " file" : " files") + " (a DICOM file has 'DICM' at byte 128 and an image with Rows and Columns)"
                    + (imageless.isEmpty() ? "" : "; DICOM files without an image (DICOMDIR, reports, damaged headers): "
                            + String.join(", ", imageless.subList(0, Math.min(5, imageless.size())))
                            + (imageless.size() > 5 ? " and " + (imageless.size() - 5) + " more" : "")));
        }
        if (bySeries.size() > 1) {
            StringBuilder sb = new StringBuilder(dir + ": the directory mixes " + bySeries.size()
                    + " DICOM series; put each series in its own directory:");
            for (var e : bySeries.entrySet()) {
                String desc = firstHeader.get(e.getKey()).string(DicomHeader.SERIES_DESCRIPTION);
                sb.append(" [series ").append(e.getKey()).append(", '").append(desc == null ? "" : desc).append("', ")
                        .append(e.getValue().size()).append(e.getValue().size() == 1 ? " file]" : " files]");
            }
            throw new InvalidInputException(sb.toString());
        }
        return readSeries(dir, bySeries.values().iterator().next(), headers);
    }

    private static Volume readSeries(Path dir, List<Path> files, Map<Path, DicomHeader> headers) {
        String what = dir.toString();
        List<DicomImageFile> images = new ArrayList<>();
        List<DicomSlicePlacement> placements = new ArrayList<>();
        for (Path f : files) {
            DicomImageFile img = DicomImageFile.read(f, headers.get(f));
            if (!images.isEmpty() && (img.columns() != images.get(0).columns() || img.rows() != images.get(0).rows())) {
                throw new InvalidInputException(what + ": " + f.getFileName() + " is " + img.columns() + "×" + img.rows()
                        + " pixels but " + files.get(0).getFileName() + " is " + images.get(0).columns() + "×"
                        + images.get(0).rows() + "; all images of a series must have one size");
            }
            images.add(img);
            placements.add(DicomSlicePlacement.of(img.header()));
        }
        int[] order = DicomSeriesGeometry.sortedOrder(placements, what);
        List<DicomSlicePlacement> sorted = new ArrayList<>();
        for (int s : order) {
            sorted.add(placements.get(s));
        }
        DicomImageFile first = images.get(order[0]);
        DicomHeader h0 = first.header();
        double fallback = h0.number(DicomHeader.SPACING_BETWEEN_SLICES, "Spacing Between Slices",
                h0.number(DicomHeader.SLICE_THICKNESS, "Slice Thickness", 1));
        Geometry g = DicomSeriesGeometry.of(sorted, first.columns(), first.rows(), fallback, what);
        int plane = first.columns() * first.rows();
        double[] data = new double[Math.toIntExact((long) plane * order.length)];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(images.get(order[k]).values(), 0, data, k * plane, plane);
        }
        VolumeMetadata meta = new VolumeMetadata(
                h0.string(DicomHeader.MODALITY),
                h0.string(DicomHeader.SERIES_DESCRIPTION),
                h0.string(DicomHeader.FRAME_OF_REFERENCE_UID),
                h0.string(DicomHeader.SERIES_INSTANCE_UID),
                dir.toString(),
                pixelType(images, data));
        return Volume.wrap(g, data, meta);
    }

    /**
     * The narrowest type that holds the values: the stored type when no rescale changes them (8/16-bit,
     * signed or not), otherwise a wider integer or float type.
     */
    static PixelType pixelType(List<DicomImageFile> images, double[] values) {
        DicomHeader h = images.get(0).header();
        double bits = h.number(DicomHeader.BITS_ALLOCATED, "Bits Allocated", 16);
        boolean signed = h.number(DicomHeader.PIXEL_REPRESENTATION, "Pixel Representation", 0) == 1;
        PixelType stored = bits == 8 ? (signed ? PixelType.INT8 : PixelType.UINT8)
                : bits == 16 ? (signed ? PixelType.INT16 : PixelType.UINT16)
                : signed ? PixelType.INT32 : PixelType.UINT32;
        for (PixelType t : new PixelType[] {stored, PixelType.INT32, PixelType.FLOAT32}) {
            if (t.canHold(values)) {
                return t;
            }
        }
        return PixelType.FLOAT64;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": not a directory; a DICOM series is read from its directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(dir + ": cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static List<String> subdirectories(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().limit(8).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public void write(Volume volume, Path path) throws IOException {
        VolumeMetadata m = volume.metadata();
        DicomSeriesWriter.Series s = DicomSeriesWriter.Series.seeded("spinelab:" + path.toAbsolutePath().normalize())
                .withSeries(null, 1, m.seriesDescription() == null ? "" : m.seriesDescription());
        if (m.frameOfReferenceUid() != null) {
            s = s.withFrameOfReference(m.frameOfReferenceUid());
        }
        DicomSeriesWriter.write(volume, path, s);
    }
}
