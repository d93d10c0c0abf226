package org.spinelab.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Writes a synthetic cohort: {@code DIR/<id>/<name>.nii.gz} for every image and mask, optional
 * {@code DIR/preview/<id>.png} and {@code DIR/<id>/dicom/<name>/} DICOM series, and {@code DIR/cohort.csv} last — each file atomically, so an
 * interrupted run never leaves a {@code cohort.csv} that points at missing or half-written images.
 *
 * <p>{@code cohort.csv} has one row per patient: {@link #CLINICAL_COLUMNS}, then the index lesion's
 * centre in LPS mm and reader 2's Dice, then the relative path of every image and mask
 * ({@link #IMAGE_COLUMNS}, {@link #MASK_COLUMNS}). Binary columns are 0/1.
 */
public final class CohortWriter {

    public static final List<String> CLINICAL_COLUMNS = List.of("id", "center", "label", "age", "male", "diameter_cm",
            "ill_defined_margin", "heterogeneous", "irregular_shape", "multiple_lesions", "radiologist_rating");
    public static final List<String> GEOMETRY_COLUMNS = List.of("lesion_lps_x", "lesion_lps_y", "lesion_lps_z",
            "reader_dice");
    public static final List<String> IMAGE_COLUMNS = List.of("t1_sag", "t2fs_sag", "cet1_sag", "cet1_cor", "cet1_ax");
    public static final List<String> MASK_COLUMNS = List.of("mask_sag_reader1", "mask_sag_reader2", "mask_cor_true",
            "mask_ax_true");

    private CohortWriter() {}

    /** Generates and writes the cohort; returns the patients' rows as written. */
    public static List<List<Object>> write(SynthOptions o, Progress progress) throws IOException {
        if (Files.exists(o.out()) && !Files.isDirectory(o.out())) {
            throw new InvalidInputException(o.out() + ": --out exists and is not a directory");
        }
        Files.createDirectories(o.out());
        List<PatientSpec> specs = CohortPlan.patients(o.patients(), o.seed());
        PatientGenerator gen = new PatientGenerator(o.size(), o.separation());
        List<List<Object>> rows = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (PatientSpec s : specs) {
                futures.add(pool.submit(() -> {
                    List<Object> row = writePatient(gen.generate(s), o);
                    progress.update("synth", done.incrementAndGet(), specs.size());
                    return row;
                }));
            }
            for (Future<List<Object>> f : futures) {
                rows.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
        }
        CsvTable.write(o.out().resolve("cohort.csv"), header(), rows);
        return rows;
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(CLINICAL_COLUMNS);
        h.addAll(GEOMETRY_COLUMNS);
        h.addAll(IMAGE_COLUMNS);
        h.addAll(MASK_COLUMNS);
        return h;
    }

    /** Writes one patient's volumes (and preview) and returns its {@code cohort.csv} row. */
    static List<Object> writePatient(SyntheticPatient p, SynthOptions o) {
        PatientSpec s = p.spec();
        Path dir = o.out().resolve(s.id());
        List<Object> row = new ArrayList<>(row(p));
        for (String name : IMAGE_COLUMNS) {
            row.add(writeVolume(p, name, dir, s.id()));
        }
        for (String name : MASK_COLUMNS) {
            row.add(writeVolume(p, name, dir, s.id()));
        }
        if (o.dicom()) {
            try {
                DicomExport.write(p, o.out());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (o.preview()) {
            try {
                PreviewMontage.write(p, o.out().resolve("preview").resolve(s.id() + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return row;
    }

    /** The clinical and geometry cells of a patient's row. */
    static List<Object> row(SyntheticPatient p) {
        PatientSpec s = p.spec();
        ClinicalVariables c = s.clinical();
        double[] centre = p.phantom().indexLesionCentreLps();
        return List.of(s.id(), s.center().id(), s.label(), c.age(), bit(c.male()), c.diameterCm(),
                bit(c.illDefinedMargin()), bit(c.heterogeneous()), bit(c.irregularShape()), bit(c.multipleLesions()),
                c.radiologistRating(), round(centre[0], 100), round(centre[1], 100), round(centre[2], 100),
                round(p.readerDice(), 10000));
    }

    private static String writeVolume(SyntheticPatient p, String name, Path dir, String id) {
        String file = name + ".nii.gz";
        VolumeIO.write(p.get(name).volume(), dir.resolve(file));
        return id + "/" + file;
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static double round(double v, double scale) {
        return Math.rint(v * scale) / scale;
    }
}
