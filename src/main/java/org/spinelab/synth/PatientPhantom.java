package org.spinelab.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A patient as a continuous function of position: anatomy and lesions, placed in the scanner's LPS
 * frame by a table offset (so no patient sits at the origin). Every scanner grid samples this same
 * function, which is what makes the views of one patient agree in patient coordinates.
 */
public final class PatientPhantom {

    static final int CONTRASTS = Contrast.values().length;
    /** Extra CE-T1 gain of tumour texture: enhancement exaggerates heterogeneity a little. */
    private static final double[] TEXTURE_WEIGHT = {1.0, 1.0, 1.2};

    private final SpineAnatomy anatomy;
    private final List<Lesion> lesions;
    private final double[] offset;
    private final TextureModel texture;

    PatientPhantom(SpineAnatomy anatomy, List<Lesion> lesions, double[] offset, TextureModel texture) {
        this.anatomy = anatomy;
        this.lesions = List.copyOf(lesions);
        this.offset = offset.clone();
        this.texture = texture;
    }

    /**
     * Builds the phantom of {@code spec}; {@code r} is the patient's image stream (see
     * {@link PatientGenerator}).
     */
    static PatientPhantom build(PatientSpec spec, double separation, SplittableRandom r) {
        SpineAnatomy anatomy = new SpineAnatomy(r, spec.clinical().age());
        TextureModel texture = TextureModel.draw(spec.label(), separation, r);
        List<Lesion> lesions = LesionFactory.lesions(spec.clinical(), anatomy, texture, r);
        double[] offset = {Rng.uniform(r, -15, 15), Rng.uniform(r, -20, 20), Rng.uniform(r, -350, 150)};
        return new PatientPhantom(anatomy, lesions, offset, texture);
    }

    public SpineAnatomy anatomy() {
        return anatomy;
    }

    public TextureModel texture() {
        return texture;
    }

    /** The index (largest) lesion. */
    public Lesion indexLesion() {
        return lesions.get(0);
    }

    public List<Lesion> lesions() {
        return lesions;
    }

    /** LPS position (mm) of a phantom-frame point. */
    public double[] toLps(double[] p) {
        return new double[] {p[0] + offset[0], p[1] + offset[1], p[2] + offset[2]};
    }

    /** The index lesion's centre in LPS mm. */
    public double[] indexLesionCentreLps() {
        return toLps(indexLesion().centre());
    }

    /**
     * Signal of every contrast at LPS point (x, y, z) into {@code out} (indexed by contrast ordinal).
     *
     * @return true when the point lies inside the index lesion's surface (the true delineation)
     */
    public boolean sample(double x, double y, double z, double[] out) {
        double px = x - offset[0], py = y - offset[1], pz = z - offset[2];
        Tissue t = anatomy.tissueAt(px, py, pz);
        double gain = t == Tissue.MARROW ? anatomy.marrowGain(px, py, pz) : 1;
        for (int c = 0; c < CONTRASTS; c++) {
            out[c] = anatomy.signal(t, c, gain);
        }
        boolean insideIndex = false;
        // Index lesion last, so it wins where lesions overlap.
        for (int n = lesions.size() - 1; n >= 0; n--) {
            Lesion l = lesions.get(n);
            if (!l.near(px, py, pz)) {
                continue;
            }
            double excess = l.excess(px, py, pz);
            if (n == 0 && excess <= 0) {
                insideIndex = true;
            }
            double m = Lesion.clamp01(0.5 - excess / l.edgeWidthMm());
            if (m == 0) {
                continue;
            }
            double nec = l.necrosis(px, py, pz);
            double tex = l.textureGain(px, py, pz);
            for (int c = 0; c < CONTRASTS; c++) {
                double tumour = Tissue.LESION.signal(c) * (1 + (tex - 1) * TEXTURE_WEIGHT[c]);
                double ls = (1 - nec) * tumour + nec * Tissue.NECROSIS.signal(c);
                out[c] = m * ls + (1 - m) * out[c];
            }
        }
        return insideIndex;
    }

    /** True when LPS point (x, y, z) is inside the index lesion. */
    public boolean insideIndexLesion(double x, double y, double z) {
        return indexLesion().contains(x - offset[0], y - offset[1], z - offset[2]);
    }

    /** The index lesion's centre in the phantom frame, for planners. */
    double[] indexCentrePhantom() {
        return indexLesion().centre();
    }

    double[] offset() {
        return offset.clone();
    }
}
