package org.spinelab.radiomics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * Features of every case of a cohort, cases in parallel. A case that fails (unreadable file, label
 * missing, ROI too small, …) gets its error message instead of features and does not stop the others.
 */
public final class CohortExtractor {

    /**
     * One case: its id and where its image and mask are, as written in the output table. A location is a
     * local path, or a URI with a scheme ({@link CaseLocations#isUri}) that only a distributed run reads
     * (it copies the files to local ones first); {@link #extractCase} reads local paths only.
     */
    public record Case(String id, String image, String mask) {

        /** A case of two local paths. */
        public Case(String id, Path image, Path mask) {
            this(id, image.toString(), mask.toString());
        }
    }

    /** The outcome of one case: features (and diagnostics), or the error message. */
    public record Outcome(Case c, Map<String, String> diagnostics, Map<String, Double> features, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final RadiomicsExtractor extractor;

    public CohortExtractor(RadiomicsExtractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts one case from its files; errors become an {@link Outcome} with a message. */
    public Outcome extractCase(Case c) {
        try {
            Volume image = VolumeIO.read(CaseLocations.localPath(c.image()));
            LabelVolume mask = VolumeIO.readLabels(CaseLocations.localPath(c.mask()));
            RadiomicsExtractor.Result r = extractor.extract(image, mask, c.image(), c.mask());
            return new Outcome(c, r.diagnostics(), r.features(), null);
        } catch (InvalidInputException e) {
            return new Outcome(c, Map.of(), Map.of(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(c, Map.of(), Map.of(), "internal error: " + e);
        }
    }

    /** Extracts every case with {@code threads} workers; outcomes in the cases' order. */
    public List<Outcome> extractAll(List<Case> cases, int threads, Progress progress) {
        return eachCase(cases, threads, progress, this::extractCase);
    }

    /**
     * {@code perCase} (which turns its own failures into outcomes) over every case on {@code threads}
     * workers of this JVM, each finished case counted on {@code progress}; outcomes in the cases' order.
     * The PyRadiomics and the IBSI batches share this loop.
     */
    public static List<Outcome> eachCase(List<Case> cases, int threads, Progress progress,
            Function<Case, Outcome> perCase) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "radiomics-case");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> {
                    Outcome o = perCase.apply(c);
                    synchronized (done) { // counts reach the progress bar in order
                        progress.update("extract", done.incrementAndGet(), cases.size());
                    }
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The outcomes as a table: {@code id}, {@code image}, {@code mask}, diagnostics and features (the
     * union of every case's columns, in first-seen order), and an {@code error} column when a case failed.
     */
    public static Table table(List<Outcome> outcomes) {
        Set<String> cols = new LinkedHashSet<>();
        boolean anyFailed = false;
        for (Outcome o : outcomes) {
            cols.addAll(o.diagnostics().keySet());
            cols.addAll(o.features().keySet());
            anyFailed |= o.failed();
        }
        List<String> header = new ArrayList<>(List.of("id", "image", "mask"));
        header.addAll(cols);
        if (anyFailed) {
            header.add("error");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.putAll(o.diagnostics());
            values.putAll(o.features());
            List<Object> row = new ArrayList<>(List.of(o.c().id(), o.c().image(), o.c().mask()));
            for (String c : cols) {
                row.add(values.get(c));
            }
            if (anyFailed) {
                row.add(o.error() == null ? "" : o.error());
            }
            rows.add(row);
        }
        return new Table(header, rows, anyFailed);
    }

    /** A result table ready for {@link org.spinelab.util.CsvTable#write}. */
    public record Table(List<String> header, List<List<Object>> rows, boolean anyFailed) {}
}
