package org.spinelab.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinelab.nomogram.LogisticModel;
import org.spinelab.nomogram.Logit;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * {@code DIR/model.json}: what is needed to score a new patient exactly as the study scored its own.
 * <ul>
 *   <li>{@code extraction}: the PyRadiomics parameter file verbatim (its {@code normalize} setting
 *       is the image normalisation), the cohort columns of the images per sequence and of the mask;</li>
 *   <li>{@code signature}: rad-score = intercept + Σ βⱼ·featureⱼ with β on the original feature
 *       scale; {@code means}/{@code scales} are the training standardisation LASSO used (for
 *       traceability; the original-scale β already include it); threshold = training Youden cut-off;</li>
 *   <li>{@code clinical} and {@code nomogram}: logistic models, P = 1/(1+exp(−(β₀ + Σ βⱼ xⱼ))) with
 *       terms named as the cohort columns ({@code rad_score} for the rad-score), thresholds on P;</li>
 *   <li>{@code radiologist}: the cut-off on the rating;</li>
 *   <li>{@code nomogramAxes}: per nomogram predictor, in term order, its axis in the nomogram figure —
 *       {@code levels} of a binary factor or the training {@code range} [lo, hi] of a continuous one.
 *       With the nomogram's coefficients they give back the figure's points scales
 *       ({@link StudyNomogram}); model.json files written before they were stored lack them (null).</li>
 * </ul>
 */
public record StudyModel(String kind, int version, String spinelabVersion, long seed, Extraction extraction,
        Signature signature, Logistic clinical, Logistic nomogram, Threshold radiologist, List<Axis> nomogramAxes) {

    public static final String KIND = "spinelab-study-model";

    public record Extraction(String paramsSource, String paramsYaml, Map<String, String> imageColumns, String maskColumn) {}

    public record Signature(List<String> features, double[] coefficients, double intercept, double[] means,
            double[] scales, double lambda, double threshold) {

        /** rad-score of one patient, features by name (summed in the study's order). */
        public double score(Map<String, Double> values) {
            double s = intercept;
            for (int j = 0; j < features.size(); j++) {
                Double v = values.get(features.get(j));
                if (v == null || !Double.isFinite(v)) {
                    throw new InvalidInputException("feature '" + features.get(j) + "' is missing or not finite");
                }
                s += coefficients[j] * v;
            }
            return s;
        }
    }

    /** @param terms {@code (Intercept)} first */
    public record Logistic(List<String> terms, double[] coefficients, double threshold) {

        static Logistic of(LogisticModel m, double threshold) {
            return new Logistic(m.names(), m.estimates().clone(), threshold);
        }

        /** Predictors (terms without the intercept). */
        public List<String> predictors() {
            return terms.subList(1, terms.size());
        }

        /** P(metastasis) for predictor values in {@link #predictors()} order (as LogisticModel sums). */
        public double probability(double[] x) {
            double eta = coefficients[0];
            for (int j = 0; j < x.length; j++) {
                eta += coefficients[j + 1] * x[j];
            }
            return Logit.inverse(eta);
        }
    }

    public record Threshold(String column, double threshold) {}

    /**
     * One nomogram axis, JSON-safe (no NaN): {@code levels} for a discrete predictor, else {@code range}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String name, double[] levels, double[] range) {

        static Axis of(Nomogram.Spec s) {
            return s.discrete() ? new Axis(s.name(), s.levels().clone(), null)
                    : new Axis(s.name(), null, new double[] {s.lo(), s.hi()});
        }

        Nomogram.Spec spec() {
            return levels != null ? Nomogram.Spec.discrete(name, levels) : Nomogram.Spec.continuous(name, range[0], range[1]);
        }
    }

    public static StudyModel of(StudyResult r) {
        var sig = r.signature();
        Evaluation.Result e = r.evaluation();
        return new StudyModel(KIND, 1, r.version(), r.options().seed(),
                new Extraction(r.paramsSource(), r.paramsText(), StudyCohort.SEQUENCES, StudyCohort.MASK_READER1),
                new Signature(sig.features(), sig.coefficients(), sig.intercept(), sig.means(), sig.scales(), sig.lambda(),
                        sig.threshold()),
                Logistic.of(r.clinical().model(), e.metrics(StudySet.TRAINING, ModelKind.CLINICAL).threshold()),
                Logistic.of(r.nomogram().fit(), e.metrics(StudySet.TRAINING, ModelKind.NOMOGRAM).threshold()),
                new Threshold(StudyCohort.RADIOLOGIST, e.metrics(StudySet.TRAINING, ModelKind.RADIOLOGIST).threshold()),
                r.nomogram().axes().stream().map(Axis::of).toList());
    }

    private static final ObjectMapper READER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public void write(Path path) throws IOException {
        AtomicOutput.write(path, out -> Json.MAPPER.writeValue(out, this));
    }

    public static StudyModel read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such model file (--model)");
        }
        StudyModel m;
        try {
            m = READER.readValue(path.toFile(), StudyModel.class);
        } catch (IOException e) {
            throw new InvalidInputException(path + ": not a study model.json: " + e.getMessage().split("\n")[0], e);
        }
        if (!KIND.equals(m.kind()) || m.signature() == null || m.nomogram() == null || m.extraction() == null) {
            throw new InvalidInputException(path + ": not a study model.json (kind '" + m.kind() + "', expected '" + KIND + "')");
        }
        List<String> problems = new ArrayList<>();
        if (m.signature().features().size() != m.signature().coefficients().length) {
            problems.add("signature features and coefficients differ in number");
        }
        if (m.nomogram().terms().size() != m.nomogram().coefficients().length) {
            problems.add("nomogram terms and coefficients differ in number");
        }
        if (m.nomogramAxes() != null) {
            List<String> names = m.nomogramAxes().stream().map(Axis::name).toList();
            if (!names.equals(m.nomogram().predictors())) {
                problems.add("nomogramAxes " + names + " are not the nomogram's predictors " + m.nomogram().predictors());
            }
            for (Axis a : m.nomogramAxes()) {
                if ((a.levels() == null || a.levels().length == 0) && (a.range() == null || a.range().length != 2)) {
                    problems.add("nomogram axis '" + a.name() + "' has neither levels nor a [lo, hi] range");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(path + ": " + String.join("; ", problems));
        }
        return m;
    }
}
