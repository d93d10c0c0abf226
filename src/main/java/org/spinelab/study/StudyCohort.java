package org.spinelab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * The cohort table of the study (the columns {@code synth} writes, see sample-data/README.md) read
 * into {@link Patient}s and assigned to the three sets: the {@value #INTERNAL} center split 7:3 into
 * training/validation ({@link StratifiedSplit}), every other center forms the external test set.
 */
public final class StudyCohort {

    public static final String INTERNAL = "internal";
    public static final double TRAINING_FRACTION = 0.7;

    /** Continuous clinical factors (mean ± SD, t-test). */
    public static final List<String> CONTINUOUS = List.of("age", "diameter_cm");
    /** Binary clinical factors (counts 1/0, χ² or Fisher's exact test). */
    public static final List<String> BINARY = List.of("male", "ill_defined_margin", "heterogeneous", "irregular_shape",
            "multiple_lesions");
    public static final String RADIOLOGIST = "radiologist_rating";
    /** Sequence key → image column; the keys prefix the feature names (t1_original_…, t2fs_…). */
    public static final Map<String, String> SEQUENCES = orderedSequences();
    public static final String MASK_READER1 = "mask_sag_reader1";
    public static final String MASK_READER2 = "mask_sag_reader2";

    private final List<Patient> patients;
    private final List<StudySet> sets;

    private StudyCohort(List<Patient> patients, List<StudySet> sets) {
        this.patients = patients;
        this.sets = sets;
    }

    private static Map<String, String> orderedSequences() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("t1", "t1_sag");
        m.put("t2fs", "t2fs_sag");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** All clinical factors, continuous first (the order of Table 1). */
    public static List<String> clinicalFactors() {
        List<String> all = new ArrayList<>(CONTINUOUS);
        all.addAll(BINARY);
        return all;
    }

    /** Reads the table; paths are resolved against its folder. */
    public static List<Patient> read(CsvTable t, Path tableDir, boolean needReader2, boolean needRadiologist) {
        for (String c : List.of("id", "center", "label")) {
            t.column(c);
        }
        int[] labels = t.binary("label");
        Map<String, double[]> clinical = new LinkedHashMap<>();
        for (String c : clinicalFactors()) {
            clinical.put(c, t.numbers(c));
        }
        for (String c : BINARY) {
            t.binary(c);
        }
        double[] rating = needRadiologist ? t.numbers(RADIOLOGIST) : null;
        List<String> ids = t.strings("id");
        List<String> centers = t.strings("center");
        List<Patient> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String id = ids.get(r);
            if (!seen.add(id)) {
                throw new InvalidInputException(t.source() + ": column 'id' line " + (r + 2) + ": duplicate id '" + id + "'");
            }
            Map<String, Double> c = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : clinical.entrySet()) {
                c.put(e.getKey(), e.getValue()[r]);
            }
            Map<String, Path> images = new LinkedHashMap<>();
            for (Map.Entry<String, String> s : SEQUENCES.entrySet()) {
                images.put(s.getKey(), path(t, tableDir, s.getValue(), r));
            }
            Path m2 = needReader2 ? path(t, tableDir, MASK_READER2, r) : null;
            out.add(new Patient(id, centers.get(r), labels[r], c, rating == null ? Double.NaN : rating[r], images,
                    path(t, tableDir, MASK_READER1, r), m2));
        }
        return out;
    }

    private static Path path(CsvTable t, Path dir, String column, int row) {
        String v = t.get(row, column);
        if (v.isBlank()) {
            throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (row + 2) + ": empty path");
        }
        if (CaseLocations.isUri(v)) {
            // Path would quietly turn hdfs://nn/x into the relative hdfs:/nn/x and fail later as "no such file".
            throw new InvalidInputException(t.source() + ": column '" + column + "' line " + (row + 2) + ": '" + v
                    + "' is a URI; the study reads image paths only (extract --cohort --spark reads URIs)");
        }
        return dir.resolve(v);
    }

    /** Reads the table and splits it into the three sets with the given seed. */
    public static StudyCohort load(Path csv, long seed) {
        CsvTable t = CsvTable.read(csv);
        List<Patient> patients = read(t, csv.toAbsolutePath().getParent(), true, true);
        List<Integer> internal = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            if (patients.get(i).center().equals(INTERNAL)) {
                internal.add(i);
            }
        }
        int[] internalLabels = internal.stream().mapToInt(i -> patients.get(i).label()).toArray();
        boolean[] train = StratifiedSplit.training(internalLabels, TRAINING_FRACTION, seed);
        List<StudySet> sets = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            sets.add(StudySet.EXTERNAL);
        }
        for (int k = 0; k < internal.size(); k++) {
            sets.set(internal.get(k), train[k] ? StudySet.TRAINING : StudySet.VALIDATION);
        }
        StudyCohort c = new StudyCohort(List.copyOf(patients), List.copyOf(sets));
        for (StudySet s : StudySet.values()) {
            int[] y = c.labels(s);
            int ones = java.util.Arrays.stream(y).sum();
            if (ones < 2 || y.length - ones < 2) {
                throw new InvalidInputException(csv + ": the " + s.key() + " set has " + ones + " metastasis and "
                        + (y.length - ones) + " myeloma patients; the study needs at least 2 of each in every set"
                        + " (internal center '" + INTERNAL + "' split 7:3, other centers external)");
            }
        }
        return c;
    }

    public List<Patient> patients() {
        return patients;
    }

    public StudySet setOf(int patient) {
        return sets.get(patient);
    }

    /** Indices of the patients of a set, in table order. */
    public int[] indices(StudySet s) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            if (sets.get(i) == s) {
                idx.add(i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    public int[] labels(StudySet s) {
        return java.util.Arrays.stream(indices(s)).map(i -> patients.get(i).label()).toArray();
    }

    /** One clinical factor over a set. */
    public double[] clinical(StudySet s, String factor) {
        return java.util.Arrays.stream(indices(s)).mapToDouble(i -> patients.get(i).clinical().get(factor)).toArray();
    }

    public double[] radiologist(StudySet s) {
        return java.util.Arrays.stream(indices(s)).mapToDouble(i -> patients.get(i).radiologist()).toArray();
    }

    /** Patients per set. */
    public Map<StudySet, Integer> sizes() {
        Map<StudySet, Integer> m = new EnumMap<>(StudySet.class);
        for (StudySet s : StudySet.values()) {
            m.put(s, indices(s).length);
        }
        return m;
    }
}
