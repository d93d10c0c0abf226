package org.spinelab.magn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinelab.util.Progress;

/**
 * K-fold cross-validation of MAGN (paper: 5 folds, stratified): for each fold a network is trained on
 * the other folds and scored on it. Reports per-fold AUC/ACC/F1, their mean and sample SD, the
 * out-of-fold probabilities, and the attention maps' energy inside the lesion (see
 * {@link AttentionEnergy}) for the normalised CAM and for Grad-CAM, averaged over test cases.
 */
public final class CrossValidation {

    /** One fold's scores. */
    public record Fold(int fold, int nTrain, int nTest, BinaryMetrics metrics, double camEnergy, double gradCamEnergy) {}

    /** All folds plus the pooled out-of-fold predictions (in the input's order). */
    public record Result(List<Fold> folds, double[] outOfFold, int[] labels, List<String> ids) {

        public double mean(java.util.function.ToDoubleFunction<Fold> f) {
            return folds.stream().mapToDouble(f).average().orElse(Double.NaN);
        }

        /** Sample SD (n − 1) over folds. */
        public double sd(java.util.function.ToDoubleFunction<Fold> f) {
            double m = mean(f);
            double ss = 0;
            for (Fold x : folds) {
                ss += Math.pow(f.applyAsDouble(x) - m, 2);
            }
            return folds.size() > 1 ? Math.sqrt(ss / (folds.size() - 1)) : Double.NaN;
        }

        /** The summary.json content: folds, auc_mean, auc_sd, acc, f1 (+ SDs, energies, per-fold rows). */
        public Map<String, Object> summary(MagnConfig config) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("folds", folds.size());
            s.put("auc_mean", mean(f -> f.metrics().auc()));
            s.put("auc_sd", sd(f -> f.metrics().auc()));
            s.put("acc", mean(f -> f.metrics().accuracy()));
            s.put("acc_sd", sd(f -> f.metrics().accuracy()));
            s.put("f1", mean(f -> f.metrics().f1()));
            s.put("f1_sd", sd(f -> f.metrics().f1()));
            s.put("cam_energy_in_lesion", mean(Fold::camEnergy));
            s.put("gradcam_energy_in_lesion", mean(Fold::gradCamEnergy));
            s.put("n", labels.length);
            s.put("views", config.views().stream().map(View::id).toList());
            s.put("attention", config.attention());
            s.put("backbone", config.backbone().id());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Fold f : folds) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("fold", f.fold() + 1);
                r.put("n_train", f.nTrain());
                r.put("n_test", f.nTest());
                r.put("auc", f.metrics().auc());
                r.put("acc", f.metrics().accuracy());
                r.put("f1", f.metrics().f1());
                r.put("cam_energy_in_lesion", f.camEnergy());
                r.put("gradcam_energy_in_lesion", f.gradCamEnergy());
                rows.add(r);
            }
            s.put("per_fold", rows);
            return s;
        }
    }

    private CrossValidation() {}

    public static Result run(MagnConfig config, List<MagnCase> cases, int k, Progress progress) {
        return run(config, cases, k, null, progress);
    }

    /** As {@link #run(MagnConfig, List, int, Progress)}, every fold starting from pretrained backbone weights (null: none). */
    public static Result run(MagnConfig config, List<MagnCase> cases, int k, java.nio.file.Path pretrained,
            Progress progress) {
        return run(config, cases, StratifiedFolds.assign(cases, k, config.seed()), k, pretrained, progress);
    }

    /**
     * As above on a given fold assignment ({@code fold[i]} in 0..k−1 for case i), so that several
     * configurations (the ablation grid) and other models are scored on the same patients per fold.
     */
    public static Result run(MagnConfig config, List<MagnCase> cases, int[] fold, int k, java.nio.file.Path pretrained,
            Progress progress) {
        double[] oof = new double[cases.size()];
        int[] labels = new int[cases.size()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            labels[i] = cases.get(i).label();
            ids.add(cases.get(i).id());
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<MagnCase> train = new ArrayList<>();
            List<MagnCase> test = new ArrayList<>();
            List<Integer> testIdx = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                if (fold[i] == f) {
                    test.add(cases.get(i));
                    testIdx.add(i);
                } else {
                    train.add(cases.get(i));
                }
            }
            progress.message("fold " + (f + 1) + "/" + k + ": training on " + train.size() + " cases");
            MagnNetwork net = MagnNetwork.build(config);
            if (pretrained != null) {
                PretrainedWeights.apply(net, pretrained);
            }
            MagnTrainer.fit(net, train, progress);
            List<MagnPrediction> p = MagnPredictor.predict(net, test);
            double[] prob = new double[test.size()];
            int[] y = new int[test.size()];
            double cam = 0;
            double grad = 0;
            int nGrad = 0;
            for (int i = 0; i < test.size(); i++) {
                prob[i] = p.get(i).probability();
                y[i] = test.get(i).label();
                oof[testIdx.get(i)] = prob[i];
                for (View v : config.views()) {
                    float[] mask = test.get(i).view(v).mask();
                    cam += AttentionEnergy.inside(p.get(i).attention().get(v), mask, config.crop(), config.camSize());
                    double g = AttentionEnergy.inside(p.get(i).gradCam().get(v), mask, config.crop(), config.camSize());
                    if (!Double.isNaN(g)) {
                        grad += g;
                        nGrad++;
                    }
                }
            }
            int maps = test.size() * config.views().size();
            folds.add(new Fold(f, train.size(), test.size(), BinaryMetrics.of(prob, y), cam / maps,
                    nGrad == 0 ? Double.NaN : grad / nGrad));
        }
        return new Result(folds, oof, labels, ids);
    }
}
