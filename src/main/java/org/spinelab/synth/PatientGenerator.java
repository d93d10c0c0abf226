package org.spinelab.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;

/**
 * Generates the images and masks of one patient from its {@link PatientSpec}.
 *
 * <p>Random streams: the patient's {@link SplittableRandom} (seeded with {@link PatientSpec#seed()})
 * is split once for the clinical variables (see {@link CohortPlan#patient}) and once for the images;
 * the image stream is split, in a fixed order, into phantom, plan, scanner, one noise stream per
 * acquired image and reader 2. Nothing depends on iteration order of hash containers or on threads,
 * so a seed gives bit-identical volumes.
 *
 * <p>Images: {@code t1_sag}, {@code t2fs_sag}, {@code cet1_sag} (one sagittal prescription),
 * {@code cet1_cor}, {@code cet1_ax}. Masks of the index lesion: {@code mask_sag_reader1} (the true
 * delineation on the sagittal grid), {@code mask_sag_reader2} ({@link SecondReader}),
 * {@code mask_cor_true}, {@code mask_ax_true}.
 */
public final class PatientGenerator {

    private final ImageSize size;
    private final double separation;

    public PatientGenerator(ImageSize size, double separation) {
        this.size = size;
        this.separation = separation;
    }

    public SyntheticPatient generate(PatientSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        root.split(); // the clinical stream, already used by CohortPlan
        SplittableRandom images = root.split();
        PatientPhantom phantom = PatientPhantom.build(spec, separation, images.split());
        List<SeriesPlan> plans = ScanPlanner.plan(phantom, spec.center().scanner(), size, images.split());
        double[] spine = phantom.toLps(phantom.anatomy().bodyCentre(0));
        ScannerModel scanner = new ScannerModel(spec.center().scanner(), spine, images.split());
        String frame = uid(spec.seed(), 0);

        List<SyntheticPatient.NamedVolume> vols = new ArrayList<>();
        List<SyntheticPatient.NamedVolume> masks = new ArrayList<>();
        double dice = Double.NaN;
        int series = 1;
        for (SeriesPlan plan : plans) {
            PartialVolumeSampler.Sampled s = PartialVolumeSampler.sample(phantom, plan, size);
            for (Contrast c : plan.contrasts()) {
                double[] data = scanner.acquire(s.signal()[c.ordinal()], plan.geometry(), images.split());
                String name = c.name().toLowerCase(java.util.Locale.ROOT) + "_" + plan.view();
                VolumeMetadata md = new VolumeMetadata("MR", c.label() + " " + plan.view().toUpperCase(java.util.Locale.ROOT),
                        frame, uid(spec.seed(), series++), null, PixelType.INT16);
                vols.add(new SyntheticPatient.NamedVolume(name, plan.view(), Volume.wrap(plan.geometry(), data, md),
                        plan.sliceThicknessMm()));
            }
            double[] truth = PartialVolumeSampler.mask(s.lesionFraction());
            if (plan.view().equals("sag")) {
                masks.add(mask("mask_sag_reader1", plan, truth, frame, spec.seed(), series++));
                SecondReader.Result r2 = SecondReader.delineate(phantom, plan, size, truth, images.split());
                masks.add(mask("mask_sag_reader2", plan, r2.mask(), frame, spec.seed(), series++));
                dice = r2.dice();
            } else {
                masks.add(mask("mask_" + plan.view() + "_true", plan, truth, frame, spec.seed(), series++));
            }
        }
        return new SyntheticPatient(spec, phantom, List.copyOf(vols), List.copyOf(masks), dice);
    }

    private static SyntheticPatient.NamedVolume mask(String name, SeriesPlan plan, double[] data, String frame, long seed,
            int series) {
        VolumeMetadata md = new VolumeMetadata("SEG", name, frame, uid(seed, series), null, PixelType.UINT8);
        return new SyntheticPatient.NamedVolume(name, plan.view(), Volume.wrap(plan.geometry(), data, md),
                plan.sliceThicknessMm());
    }

    /** A DICOM UID under the 2.25 (UUID-derived) root, unique per patient seed and item. */
    static String uid(long seed, int item) {
        long a = Rng.mix64(seed + 31L * item);
        long b = Rng.mix64(a ^ 0x632BE59BD9B4E019L);
        java.math.BigInteger v = new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(a).putLong(b).array());
        return "2.25." + v.shiftRight(2);
    }
}
