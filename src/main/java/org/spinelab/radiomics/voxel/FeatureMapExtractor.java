package org.spinelab.radiomics.voxel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.spinelab.radiomics.Angles;
import org.spinelab.radiomics.FeatureClass;
import org.spinelab.radiomics.FeatureInput;
import org.spinelab.radiomics.GrayLevels;
import org.spinelab.radiomics.RadiomicsSettings;
import org.spinelab.radiomics.features.GlcmFeatures;
import org.spinelab.util.Progress;

/**
 * Voxel-based feature maps with PyRadiomics' semantics ({@code extractor.execute(…, voxelBased=True)}):
 * for every ROI voxel, the features of its kernel (see {@link KernelGrid}: cube of radius r, clipped at the
 * image edge, intersected with the ROI when {@code maskedKernel}), with gray levels discretised once on the
 * whole ROI; voxels outside the ROI get {@code initValue}.
 *
 * <p>GLCM counts ({@link SlidingGlcm}) and the first-order sorted values and histogram
 * ({@link SlidingFirstOrder}) slide along each row; the run-, zone-, dependence- and neighbourhood-based
 * families compute each kernel as an ROI of its own ({@link KernelWindow}, buffers reused). Rows run in parallel. The gray-level list of a kernel holds only the
 * levels present in it; PyRadiomics keeps every level of the ROI, which changes nothing but GLCM's MCC of a
 * kernel with one gray level in an ROI with several: its Q matrix then has one non-zero eigenvalue, so
 * MCC = √0 = 0 where a flat ROI has the conventional 1.
 *
 * <p>Deliberate difference: PyRadiomics handles a batch of voxels at once, so an angle without pairs in
 * one kernel (but not in the whole batch) makes that voxel's JointAverage NaN (plain mean over angles) and
 * any such angle makes MCC fail for the whole batch (eigenvalues of a NaN matrix). Here every kernel is
 * computed on its own, as PyRadiomics' segment-based code would compute it: empty angles are dropped.
 */
public final class FeatureMapExtractor {

    private final RadiomicsSettings settings;
    private final VoxelSettings voxel;
    private final Map<FeatureClass, Set<String>> families;
    private boolean incremental = true;

    /**
     * @param families the feature classes (intensity scope) and their enabled features
     */
    public FeatureMapExtractor(RadiomicsSettings settings, Map<FeatureClass, Set<String>> families) {
        this.settings = settings;
        this.voxel = VoxelSettings.from(settings);
        for (FeatureClass fc : families.keySet()) {
            if (fc.scope() != FeatureClass.Scope.INTENSITY) {
                throw new org.spinelab.util.InvalidInputException("feature class '" + fc.name()
                        + "' has no voxel-based maps (shape describes the whole ROI)");
            }
        }
        this.families = families;
    }

    /**
     * With {@code false}, firstorder and GLCM rebuild every kernel from scratch like the other families
     * (for the benchmark's comparison and the tests; the maps are the same).
     */
    public FeatureMapExtractor incremental(boolean on) {
        incremental = on;
        return this;
    }

    public VoxelSettings voxelSettings() {
        return voxel;
    }

    /** The maps of {@code image} (i fastest, grid {@code dims}) for the ROI {@code roiMask}, as floats. */
    public FeatureMaps compute(double[] image, boolean[] roiMask, int[] dims, double[] spacing, Progress progress) {
        KernelGrid g = new KernelGrid(image, roiMask, dims, spacing, settings, voxel);
        List<String> keys = mapNames();
        List<float[]> arrays = new ArrayList<>();
        Map<String, float[]> maps = new LinkedHashMap<>();
        for (String key : keys) {
            float[] m = new float[g.nx * g.ny * g.nz];
            Arrays.fill(m, (float) voxel.initValue());
            arrays.add(m);
            maps.put(key, m);
        }
        run(g, (map, n, value) -> arrays.get(map)[n] = (float) value, progress);
        return new FeatureMaps(g.origin(), g.size(), voxel.initValue(), maps);
    }

    /**
     * The maps in double precision on the box of the returned grid (for checks against segment-based
     * features; {@link #compute} keeps floats to bound memory).
     */
    public Map<String, double[]> computeExact(KernelGrid g) {
        Map<String, double[]> maps = new LinkedHashMap<>();
        List<double[]> arrays = new ArrayList<>();
        for (String key : mapNames()) {
            double[] m = new double[g.nx * g.ny * g.nz];
            Arrays.fill(m, voxel.initValue());
            arrays.add(m);
            maps.put(key, m);
        }
        run(g, (map, n, value) -> arrays.get(map)[n] = value, Progress.NONE);
        return maps;
    }

    /** The grid (box, domain, discretisation) these settings give for an image and ROI. */
    public KernelGrid grid(double[] image, boolean[] roiMask, int[] dims, double[] spacing) {
        return new KernelGrid(image, roiMask, dims, spacing, settings, voxel);
    }

    /** The map names, {@code <class>_<Feature>}, in output order. */
    public List<String> mapNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<FeatureClass, Set<String>> e : families.entrySet()) {
            for (String f : e.getKey().featureNames()) {
                if (e.getValue().contains(f)) {
                    out.add(e.getKey().name() + "_" + f);
                }
            }
        }
        return out;
    }

    /** Where computed values go: map number (in {@link #mapNames()} order), box index, value. */
    @FunctionalInterface
    interface Sink {
        void put(int map, int boxIndex, double value);
    }

    private void run(KernelGrid g, Sink sink, Progress progress) {
        List<FamilyMaps> fams = new ArrayList<>();
        int first = 0;
        for (Map.Entry<FeatureClass, Set<String>> e : families.entrySet()) {
            List<String> names = new ArrayList<>();
            for (String f : e.getKey().featureNames()) {
                if (e.getValue().contains(f)) {
                    names.add(f);
                }
            }
            fams.add(new FamilyMaps(e.getKey(), e.getValue(), names, first));
            first += names.size();
        }
        int[][] glcmAngles = Angles.generate(new int[] {g.nx, g.ny, g.nz}, settings.distances(), false, Angles.sliceAxis(settings));
        int rows = g.ny * g.nz;
        AtomicLong done = new AtomicLong();
        ThreadLocal<RowWorker> workers = ThreadLocal.withInitial(() -> new RowWorker(g, glcmAngles));
        IntStream.range(0, rows).parallel().forEach(r -> {
            workers.get().row(r % g.ny, r / g.ny, fams, sink);
            long d = done.incrementAndGet();
            if (d % g.ny == 0 || d == rows) {
                progress.update("feature maps", d, rows);
            }
        });
    }

    private record FamilyMaps(FeatureClass fc, Set<String> enabled, List<String> names, int firstMap) {}

    /** The per-thread state: one kernel window, one sliding GLCM and one sliding first-order view. */
    private final class RowWorker {
        private final KernelGrid g;
        private final KernelWindow window;
        private final SlidingGlcm glcm;
        private final SlidingFirstOrder firstOrder;
        private final int[][] angles;
        private final int[] levelIndexOf;

        RowWorker(KernelGrid g, int[][] angles) {
            this.g = g;
            this.window = new KernelWindow(g);
            this.glcm = new SlidingGlcm(g, angles);
            this.firstOrder = new SlidingFirstOrder(g);
            this.angles = angles;
            this.levelIndexOf = new int[g.levels.levels().length];
        }

        void row(int j, int k, List<FamilyMaps> fams, Sink sink) {
            int rowStart = g.index(0, j, k);
            boolean any = false;
            for (int i = 0; i < g.nx && !any; i++) {
                any = g.roi[rowStart + i];
            }
            if (!any) {
                return;
            }
            int rj = g.radius[1], rk = g.radius[2], ri = g.radius[0];
            int jlo = Math.max(0, j - rj), jhi = Math.min(g.ny - 1, j + rj);
            int klo = Math.max(0, k - rk), khi = Math.min(g.nz - 1, k + rk);
            glcm.startRow(jlo, jhi, klo, khi);
            firstOrder.startRow(jlo, jhi, klo, khi);
            for (int i = 0; i < g.nx; i++) {
                int n = rowStart + i;
                if (!g.roi[n]) {
                    continue;
                }
                KernelWindow.Kernel kernel = null;
                for (FamilyMaps fm : fams) {
                    Map<String, Double> v;
                    if (incremental && fm.fc().name().equals("glcm")) {
                        glcm.moveTo(Math.max(0, i - ri), Math.min(g.nx - 1, i + ri));
                        v = glcmFeatures(fm.enabled());
                    } else if (incremental && fm.fc().name().equals("firstorder")) {
                        firstOrder.moveTo(Math.max(0, i - ri), Math.min(g.nx - 1, i + ri));
                        v = fm.fc().compute(firstOrder.input(settings), fm.enabled());
                    } else {
                        if (kernel == null) {
                            kernel = window.cut(i, j, k);
                        }
                        v = fm.fc().compute(new FeatureInput(kernel.roi(), settings, kernel.levels()), fm.enabled());
                        if (fm.fc().name().equals("glcm") && v.containsKey("MCC") && kernel.levels().levels().length == 1
                                && g.levels.levels().length > 1) {
                            v.put("MCC", anyPair(kernel.roi()) ? 0.0 : Double.NaN);
                        }
                    }
                    for (int f = 0; f < fm.names().size(); f++) {
                        Double x = v.get(fm.names().get(f));
                        sink.put(fm.firstMap() + f, n, x == null ? voxel.initValue() : x);
                    }
                }
            }
        }

        /** GLCM features of the current sliding counts, on the levels present in the kernel. */
        private Map<String, Double> glcmFeatures(Set<String> enabled) {
            int[] all = g.levels.levels();
            int m = 0;
            for (int l = 0; l < all.length; l++) {
                if (glcm.histogram[l] > 0) {
                    levelIndexOf[m++] = l;
                }
            }
            int[] present = new int[m];
            for (int q = 0; q < m; q++) {
                present[q] = all[levelIndexOf[q]];
            }
            int nl = all.length;
            double[][] c = new double[angles.length][m * m];
            for (int a = 0; a < angles.length; a++) {
                long[] src = glcm.counts[a];
                double[] dst = c[a];
                for (int r = 0; r < m; r++) {
                    int base = levelIndexOf[r] * nl;
                    for (int q = 0; q < m; q++) {
                        dst[r * m + q] = src[base + levelIndexOf[q]];
                    }
                }
            }
            GrayLevels gl = new GrayLevels(new int[0], g.levels.ng(), present, g.levels.edges());
            boolean anyPair = anyPair(c);
            Map<String, Double> v = GlcmFeatures.fromCounts(c, angles, gl, settings, g.spacing, enabled);
            if (m == 1 && nl > 1 && v.containsKey("MCC")) {
                v.put("MCC", anyPair ? 0.0 : Double.NaN);
            }
            return v;
        }

        /** True when some angle has a pair of kernel voxels. */
        private boolean anyPair(org.spinelab.radiomics.Roi r) {
            boolean[] m = r.mask();
            for (int k = 0, n = 0; k < r.nz(); k++) {
                for (int j = 0; j < r.ny(); j++) {
                    for (int i = 0; i < r.nx(); i++, n++) {
                        if (!m[n]) {
                            continue;
                        }
                        for (int[] d : angles) {
                            int i2 = i + d[0], j2 = j + d[1], k2 = k + d[2];
                            if (i2 >= 0 && j2 >= 0 && k2 >= 0 && i2 < r.nx() && j2 < r.ny() && k2 < r.nz()
                                    && m[i2 + r.nx() * (j2 + r.ny() * k2)]) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        private boolean anyPair(double[][] c) {
            for (double[] x : c) {
                for (double y : x) {
                    if (y != 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
