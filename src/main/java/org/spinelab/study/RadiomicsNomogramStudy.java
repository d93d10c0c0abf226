package org.spinelab.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.BootstrapCalibration;
import org.spinelab.nomogram.CalibrationCurve;
import org.spinelab.nomogram.DecisionCurve;
import org.spinelab.nomogram.RadiomicsSignature;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.stats.RocCurve;
import org.spinelab.stats.YoudenCutoff;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

/**
 * The radiomics-nomogram paper end to end (see {@code /work/shared/papers}, "MRI-based radiomics
 * nomogram … spinal metastasis and multiple myeloma"):
 * split → Table 1 → clinical factor model → radiomics extraction (reader 1; reader 2 on the training
 * set for the ICC) → ICC/ANOVA/SelectKBest/LASSO signature → nomogram → Table 2, DeLong, McNemar,
 * Hosmer–Lemeshow, calibration and decision curves → report, tables, figures, model.json,
 * summary.json. Everything is computed from the training set and only applied to the other sets.
 *
 * <p>Reader 2 is extracted on the training set only: the ICC is a step of the feature selection,
 * which sees the training set alone.
 */
public final class RadiomicsNomogramStudy {

    public static final String DEFAULT_PARAMS = "study/params.yaml";

    private final StudyOptions options;
    private final StudyEngine engine;
    private final Progress progress;

    /** The study on this JVM's threads ({@link StudyOptions#threads}). */
    public RadiomicsNomogramStudy(StudyOptions options, Progress progress) {
        this(options, StudyEngine.local(options.threads()), progress);
    }

    /** The study with its extraction and loops run by {@code engine} (same results for any engine). */
    public RadiomicsNomogramStudy(StudyOptions options, StudyEngine engine, Progress progress) {
        this.options = options;
        this.engine = engine;
        this.progress = progress;
    }

    /** Runs the study and writes DIR; returns the result. */
    public StudyResult run() throws IOException {
        try (StudyOutput out = StudyOutput.open(options.out(), options.overwrite())) {
            StudyResult r = compute();
            progress.message("writing tables, figures, model.json and report.html …");
            StudyWriter.writeAll(r, out.dir(), progress);
            out.commit();
            progress.message("study written to " + out.target() + " (open report.html)");
            return r;
        }
    }

    /** The study's numbers, without writing anything. */
    public StudyResult compute() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        String[] params = paramsText(options.params());
        parse(params[1], params[0]); // a bad parameter file fails here, before any work; the engine parses it again
        StudyCohort cohort = StudyCohort.load(options.cohort(), options.seed());
        Map<StudySet, Integer> sizes = cohort.sizes();
        progress.message(String.format("cohort: %d patients — training %d, validation %d, external %d",
                cohort.patients().size(), sizes.get(StudySet.TRAINING), sizes.get(StudySet.VALIDATION),
                sizes.get(StudySet.EXTERNAL)));

        ClinicalTable.Table table1 = ClinicalTable.of(cohort);
        ClinicalModel clinical = ClinicalModel.fit(cohort, table1);
        progress.message("clinical factor model: " + String.join(", ", clinical.independent()));

        long t1 = System.nanoTime();
        List<Patient> ps = cohort.patients();
        boolean[] r1 = new boolean[ps.size()];
        boolean[] r2 = new boolean[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            r1[i] = true;
            r2[i] = cohort.setOf(i) == StudySet.TRAINING;
        }
        progress.message("radiomics: T1WI and FS-T2WI of " + ps.size() + " patients (reader 1) and "
                + sizes.get(StudySet.TRAINING) + " training patients (reader 2), " + engine.description());
        ExtractorSpec spec = ExtractorSpec.ofText(params[0], params[1]);
        FeatureExtraction.Result features = new FeatureExtraction(cases -> engine.extract(spec, cases, progress))
                .run(new FeatureExtraction.Request(ps, r1, r2));
        seconds.put("extraction", (System.nanoTime() - t1) / 1e9);

        long t2 = System.nanoTime();
        int[] train = cohort.indices(StudySet.TRAINING);
        int[] yTrain = cohort.labels(StudySet.TRAINING);
        SignatureBuilder.Result sel = SignatureBuilder.build(features.reader1(), features.reader2(), train, yTrain,
                options.kBest(), options.seed(), options.lambdaRule(), engine.tasks());
        SignatureBuilder.Counts c = sel.counts();
        progress.message(String.format("features: %d extracted, %d usable, %d ICC > 0.75, %d ANOVA p < 0.05, %d SelectKBest,"
                + " %d selected by LASSO", c.extracted(), c.usable(), c.afterIcc(), c.afterAnova(), c.afterKBest(), c.selected()));
        Map<StudySet, double[]> radScores = new EnumMap<>(StudySet.class);
        for (StudySet s : StudySet.values()) {
            radScores.put(s, sel.signature().score(features.reader1().columns(sel.signature().features(), cohort.indices(s))));
        }
        RadiomicsSignature signature = sel.signature().withThreshold(
                YoudenCutoff.best(RocCurve.of(radScores.get(StudySet.TRAINING), yTrain)).threshold());
        NomogramModel nomogram = NomogramModel.fit(radScores.get(StudySet.TRAINING), cohort, clinical.independent());
        seconds.put("selection and models", (System.nanoTime() - t2) / 1e9);

        Map<StudySet, Map<ModelKind, double[]>> scores = new EnumMap<>(StudySet.class);
        Map<StudySet, int[]> labels = new EnumMap<>(StudySet.class);
        for (StudySet s : StudySet.values()) {
            Map<ModelKind, double[]> m = new EnumMap<>(ModelKind.class);
            m.put(ModelKind.CLINICAL, clinical.predict(cohort, s));
            m.put(ModelKind.SIGNATURE, radScores.get(s));
            m.put(ModelKind.NOMOGRAM, nomogram.predict(radScores.get(s), cohort, s));
            m.put(ModelKind.RADIOLOGIST, cohort.radiologist(s));
            scores.put(s, m);
            labels.put(s, cohort.labels(s));
        }
        long t3 = System.nanoTime();
        Evaluation.Result eval = Evaluation.evaluate(scores, labels);

        List<String> notes = new ArrayList<>(clinical.notes());
        notes.addAll(sel.notes());
        if (nomogram.firth()) {
            notes.add("Radiomics nomogram: separation in the training set — fitted by Firth's penalised likelihood"
                    + " (also in every bootstrap refit of its calibration curve).");
        }
        notes.addAll(nomogram.fit().warnings().stream().map(w -> "Nomogram: " + w).toList());
        progress.message("calibration: " + options.bootstrap() + " bootstrap refits of the nomogram …");
        BootstrapCalibration.Result trainCal = null;
        try {
            trainCal = BootstrapCalibration.of(nomogram.predictors(),
                    NomogramModel.columns(radScores.get(StudySet.TRAINING), cohort, clinical.independent(), StudySet.TRAINING),
                    yTrain, options.bootstrap(), options.seed(), nomogram.firth()
                            ? FirthLogisticRegression::fit : org.spinelab.nomogram.LogisticRegression::fit, engine.tasks());
        } catch (InvalidInputException tooSmall) {
            notes.add("Training calibration curve not drawn: " + tooSmall.getMessage());
        }
        Map<StudySet, CalibrationCurve.Result> cal = new EnumMap<>(StudySet.class);
        Map<StudySet, Map<ModelKind, DecisionCurve.Result>> dca = new EnumMap<>(StudySet.class);
        double[] thresholds = DecisionCurve.thresholds(0.01, 0.99, 0.01);
        for (StudySet s : StudySet.values()) {
            if (s != StudySet.TRAINING) {
                try {
                    cal.put(s, CalibrationCurve.of(scores.get(s).get(ModelKind.NOMOGRAM), labels.get(s)));
                } catch (InvalidInputException tooSmall) {
                    notes.add(s.title() + " calibration curve not drawn: " + tooSmall.getMessage());
                }
            }
            Map<ModelKind, DecisionCurve.Result> d = new EnumMap<>(ModelKind.class);
            for (ModelKind m : List.of(ModelKind.CLINICAL, ModelKind.SIGNATURE, ModelKind.NOMOGRAM)) {
                d.put(m, DecisionCurve.of(Evaluation.probability(m, scores.get(s).get(m)), labels.get(s), thresholds));
            }
            dca.put(s, d);
        }
        seconds.put("evaluation", (System.nanoTime() - t3) / 1e9);
        seconds.put("total before writing", (System.nanoTime() - t0) / 1e9);
        return new StudyResult(options, params[0], params[1], cohort, table1, clinical, sel, signature, nomogram, radScores,
                eval, trainCal, cal, dca, List.copyOf(notes), seconds, version(), engine.description());
    }

    /** The project version (jar manifest), "development" when run from classes. */
    public static String version() {
        String v = RadiomicsNomogramStudy.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** {source, text} of the parameter file: the given one or the shipped default. */
    static String[] paramsText(Path file) {
        try {
            if (file == null) {
                try (InputStream in = RadiomicsNomogramStudy.class.getClassLoader().getResourceAsStream(DEFAULT_PARAMS)) {
                    if (in == null) {
                        throw new IllegalStateException("resource " + DEFAULT_PARAMS + " missing from the build");
                    }
                    return new String[] {"built-in " + DEFAULT_PARAMS, new String(in.readAllBytes(), StandardCharsets.UTF_8)};
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file + ": no such parameter file (--params)");
            }
            return new String[] {file.toString(), Files.readString(file)};
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses parameter text as {@link ExtractionParameters#load} does. */
    public static ExtractionParameters parse(String text, String source) {
        return ExtractionParameters.parse(text, source);
    }
}
