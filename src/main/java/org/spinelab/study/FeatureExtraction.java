package org.spinelab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.RadiomicsExtractor;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Radiomics features of T1WI and FS-T2WI inside one reader's mask, every (patient, sequence) pair
 * extracted in parallel through {@link CohortExtractor} (on this JVM's threads, or by another
 * {@link Batch} such as a Spark cluster running the same per-case code). A feature is named
 * {@code <sequence>_<PyRadiomics name>}, e.g. {@code t2fs_wavelet-HLL_glcm_Contrast}; diagnostics
 * are dropped. Any failed case stops the study with one error naming every failed case: a study with
 * silently missing patients would not be the paper's protocol.
 */
public final class FeatureExtraction {

    /** Extracts a list of cases (here, or e.g. on a Spark cluster); outcomes in the cases' order. */
    @FunctionalInterface
    public interface Batch {
        List<CohortExtractor.Outcome> extractAll(List<CohortExtractor.Case> cases);
    }

    private final Batch batch;

    /** Cases extracted on {@code threads} threads of this JVM. */
    public FeatureExtraction(ExtractionParameters params, int threads, Progress progress) {
        CohortExtractor extractor = new CohortExtractor(new RadiomicsExtractor(params));
        this.batch = cases -> extractor.extractAll(cases, threads, progress);
    }

    /** Cases extracted by {@code batch}. */
    public FeatureExtraction(Batch batch) {
        this.batch = batch;
    }

    /** Which mask to extract within. */
    public enum Reader { READER1, READER2 }

    /** A request: patients and, for each, whether to extract it with each reader. */
    public record Request(List<Patient> patients, boolean[] reader1, boolean[] reader2) {}

    /** The two readers' matrices (reader 2's rows are NaN where not requested). */
    public record Result(FeatureMatrix reader1, FeatureMatrix reader2) {}

    public Result run(Request req) {
        List<CohortExtractor.Case> cases = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // {patient, reader (0/1)}
        List<String> seqOf = new ArrayList<>();
        List<Patient> ps = req.patients();
        for (int i = 0; i < ps.size(); i++) {
            Patient p = ps.get(i);
            for (int r = 0; r < 2; r++) {
                boolean want = r == 0 ? req.reader1()[i] : req.reader2()[i];
                if (!want) {
                    continue;
                }
                Path mask = r == 0 ? p.maskReader1() : p.maskReader2();
                for (Map.Entry<String, Path> img : p.images().entrySet()) {
                    cases.add(new CohortExtractor.Case(p.id() + " " + img.getKey() + " reader " + (r + 1), img.getValue(), mask));
                    where.add(new int[] {i, r});
                    seqOf.add(img.getKey());
                }
            }
        }
        List<CohortExtractor.Outcome> outcomes = batch.extractAll(cases);
        List<String> failures = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int c = 0; c < outcomes.size(); c++) {
            CohortExtractor.Outcome o = outcomes.get(c);
            if (o.failed()) {
                failures.add(o.c().id() + ": " + o.error());
                continue;
            }
            if (where.get(c)[1] == 0) {
                for (String f : o.features().keySet()) {
                    names.add(seqOf.get(c) + "_" + f);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new InvalidInputException("radiomics extraction failed for " + failures.size() + " of " + outcomes.size()
                    + " images: " + String.join("; ", failures));
        }
        List<String> nameList = List.copyOf(names);
        java.util.Map<String, Integer> idx = new java.util.HashMap<>();
        for (int j = 0; j < nameList.size(); j++) {
            idx.put(nameList.get(j), j);
        }
        double[][][] v = new double[2][ps.size()][nameList.size()];
        for (double[][] m : v) {
            for (double[] row : m) {
                java.util.Arrays.fill(row, Double.NaN);
            }
        }
        for (int c = 0; c < outcomes.size(); c++) {
            int[] w = where.get(c);
            for (Map.Entry<String, Double> e : outcomes.get(c).features().entrySet()) {
                Integer j = idx.get(seqOf.get(c) + "_" + e.getKey());
                if (j != null) {
                    v[w[1]][w[0]][j] = e.getValue();
                }
            }
        }
        return new Result(new FeatureMatrix(nameList, v[0]), new FeatureMatrix(nameList, v[1]));
    }
}
