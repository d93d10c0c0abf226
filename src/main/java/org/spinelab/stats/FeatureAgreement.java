package org.spinelab.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;

/**
 * Inter-reader agreement of radiomics features: the same features extracted from each reader's
 * segmentation, matched by column name (features) and by the id column (subjects), one ICC per
 * feature. The paper keeps features with ICC &gt; 0.75.
 *
 * <p>Default form: ICC(2,1) — two-way random effects, absolute agreement, single rater. The paper
 * does not name its form; two radiologists drawn from a population of readers, each segmenting
 * every lesion, whose single segmentations are used afterwards, is the ICC(2,1) setting (Koo &amp; Li
 * 2016; Shrout &amp; Fleiss 1979), and it is what most radiomics reproducibility studies report.
 */
public final class FeatureAgreement {

    /** The paper's threshold: features with ICC above it are kept. */
    public static final double PAPER_THRESHOLD = 0.75;

    private FeatureAgreement() {}

    /** One feature's ICC; {@code icc} is NaN when the feature is constant over all readings. */
    public record FeatureIcc(String feature, Icc.Result result, int subjects, int readers) {}

    /**
     * ICC of every feature in {@code features}, or of every column common to all readers except the id
     * column, PyRadiomics' {@code diagnostics_*} columns and text columns (paths, names) when
     * {@code features} is empty.
     */
    public static List<FeatureIcc> compute(List<CsvTable> readers, String idColumn, List<String> features, Icc.Type type) {
        if (readers.size() < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 readers");
        }
        CsvTable first = readers.get(0);
        List<String> ids = first.strings(idColumn);
        Map<String, Integer> firstRow = rowIndex(first, idColumn);
        List<Map<String, Integer>> rowOf = new ArrayList<>();
        for (CsvTable t : readers) {
            Map<String, Integer> idx = rowIndex(t, idColumn);
            if (!idx.keySet().equals(firstRow.keySet())) {
                Set<String> missing = new LinkedHashSet<>(firstRow.keySet());
                missing.removeAll(idx.keySet());
                Set<String> extra = new LinkedHashSet<>(idx.keySet());
                extra.removeAll(firstRow.keySet());
                throw new InvalidInputException(t.source() + ": column '" + idColumn + "': ids differ from "
                        + first.source() + (missing.isEmpty() ? "" : "; missing " + abbreviate(missing))
                        + (extra.isEmpty() ? "" : "; not in the first reader " + abbreviate(extra)));
            }
            rowOf.add(idx);
        }
        if (ids.size() < 2) {
            throw new InvalidInputException(first.source() + ": ICC needs at least 2 subjects, found " + ids.size());
        }
        List<String> names = features.isEmpty() ? commonFeatures(readers, idColumn) : features;
        if (names.isEmpty()) {
            throw new InvalidInputException("no feature column common to all readers (besides '" + idColumn + "')");
        }
        List<FeatureIcc> out = new ArrayList<>();
        for (String f : names) {
            double[][] ratings = new double[ids.size()][readers.size()];
            for (int k = 0; k < readers.size(); k++) {
                double[] v = readers.get(k).numbers(f);
                LabelCheck.requireFinite(v, f);
                for (int i = 0; i < ids.size(); i++) {
                    ratings[i][k] = v[rowOf.get(k).get(ids.get(i))];
                }
            }
            out.add(new FeatureIcc(f, Icc.of(ratings, type), ids.size(), readers.size()));
        }
        return out;
    }

    private static Map<String, Integer> rowIndex(CsvTable t, String idColumn) {
        List<String> ids = t.strings(idColumn);
        Map<String, Integer> idx = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            if (idx.put(ids.get(r), r) != null) {
                throw new InvalidInputException(t.source() + ": column '" + idColumn + "' line " + (r + 2)
                        + ": id '" + ids.get(r) + "' appears twice");
            }
        }
        return idx;
    }

    private static List<String> commonFeatures(List<CsvTable> readers, String idColumn) {
        List<String> out = new ArrayList<>();
        for (String c : readers.get(0).header()) {
            if (c.equals(idColumn) || c.startsWith("diagnostics_")) {
                continue;
            }
            if (readers.stream().allMatch(t -> t.hasColumn(c)) && !isTextColumn(readers.get(0), c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A column of text (paths, names), recognised by its first value being neither a number nor a
     * missing-value marker; numeric columns with a missing value further down still fail loudly.
     */
    private static boolean isTextColumn(CsvTable t, String column) {
        if (t.rowCount() == 0) {
            return false;
        }
        String v = t.get(0, column).trim();
        if (v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("NaN")) {
            return false;
        }
        try {
            Double.parseDouble(v);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String abbreviate(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        return l.size() <= 5 ? String.join(", ", l) : String.join(", ", l.subList(0, 5)) + ", … (" + l.size() + ")";
    }
}
