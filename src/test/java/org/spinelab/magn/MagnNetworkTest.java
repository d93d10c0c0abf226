package org.spinelab.magn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MagnNetworkTest {

    @Test
    void outputShapesForEveryBackbone() {
        MagnConfig c = TestNets.tiny(32, true, false, 1);
        MagnNetwork net = MagnNetwork.build(c);
        Map<String, INDArray> out = net.output(TestNets.randomBatch(c, 3, 2), MagnNetwork.PROB, MagnNetwork.LOSS,
                MagnNetwork.cam(View.SAG), MagnNetwork.attention(View.AX), MagnNetwork.features(View.COR));
        assertArrayEquals(new long[] {3, 1}, out.get(MagnNetwork.PROB).shape());
        assertArrayEquals(new long[] {3, 8, 8}, out.get(MagnNetwork.cam(View.SAG)).shape());
        assertArrayEquals(new long[] {3, 8, 8}, out.get(MagnNetwork.attention(View.AX)).shape());
        assertArrayEquals(new long[] {3, 8, 8, 8}, out.get(MagnNetwork.features(View.COR)).shape());
        assertEquals(1, out.get(MagnNetwork.LOSS).length());
        INDArray att = out.get(MagnNetwork.attention(View.AX));
        assertTrue(att.minNumber().doubleValue() >= 0 && att.maxNumber().doubleValue() <= 1);
        // ResNet stems: stride 32; bottleneck expansion 4 (ResNet-50: 2048 channels at width 1).
        assertEquals(2, Backbone.RESNET18.featureSize(64));
        assertEquals(8, Backbone.RESNET50.featureSize(256));
        assertEquals(4, Backbone.RESNET50.featureSize(100));
        assertEquals(2048, Backbone.RESNET50.stageChannels(3, 1.0));
        assertEquals(512, Backbone.RESNET34.stageChannels(3, 1.0));
        MagnConfig r18 = c.withBackbone(Backbone.RESNET18, 0.125).withCrop(64).withViews(List.of(View.SAG));
        Map<String, INDArray> o18 = MagnNetwork.build(r18).output(TestNets.randomBatch(r18, 2, 3),
                MagnNetwork.PROB, MagnNetwork.features(View.SAG));
        assertArrayEquals(new long[] {2, 1}, o18.get(MagnNetwork.PROB).shape());
        assertArrayEquals(new long[] {2, 64, 2, 2}, o18.get(MagnNetwork.features(View.SAG)).shape());
        MagnConfig r50 = r18.withBackbone(Backbone.RESNET50, 0.0625);
        Map<String, INDArray> o50 = MagnNetwork.build(r50).output(TestNets.randomBatch(r50, 2, 3),
                MagnNetwork.features(View.SAG));
        assertArrayEquals(new long[] {2, 128, 2, 2}, o50.get(MagnNetwork.features(View.SAG)).shape());
    }

    @Test
    void lsePoolingMatchesHandComputedValueAndLimits() {
        double[] x = {0, 1, 2, 3, -1, 0.5};
        // LSE_r over the 6 values of one channel (a 2×3 map), by the definition.
        for (double r : new double[] {0.5, 1, 4}) {
            double sum = 0;
            for (double v : x) {
                sum += Math.exp(r * v);
            }
            double expected = Math.log(sum / 6) / r;
            assertEquals(expected, lse(x, r), 1e-12, "r=" + r);
        }
        double mean = (0 + 1 + 2 + 3 - 1 + 0.5) / 6;
        assertEquals(mean, lse(x, 1e-6), 1e-5, "r -> 0 gives the mean");
        assertEquals(3.0, lse(x, 1e4), Math.log(6) / 1e4 + 1e-12, "r -> infinity gives the maximum");
        // Large values: the max-shifted form does not overflow (exp(1000·r) would).
        assertEquals(1000 + Math.log((1 + Math.exp(-1) ) / 2), lse(new double[] {1000, 999}, 1), 1e-9);
    }

    private static double lse(double[] values, double r) {
        SameDiff sd = SameDiff.create();
        SDVariable f = sd.placeHolder("f", DataType.DOUBLE, 1, 1, 2, values.length / 2);
        Attention.lsePool(sd, "out", f, r);
        INDArray in = Nd4j.create(values, new long[] {1, 1, 2, values.length / 2}, DataType.DOUBLE);
        return sd.output(Map.of("f", in), "out").get("out").getDouble(0);
    }

    @Test
    void camIsTheFcWeightedSumOfFeatureMapsAndLogitIsFcOfLsePooledFeatures() {
        MagnConfig c = TestNets.tiny(32, true, true, 5);
        MagnNetwork net = MagnNetwork.build(c);
        List<String> names = new ArrayList<>(List.of(MagnNetwork.LOGIT));
        for (View v : c.views()) {
            names.add(MagnNetwork.cam(v));
            names.add(MagnNetwork.features(v));
        }
        Map<String, INDArray> out = net.output(TestNets.randomBatch(c, 2, 6), names.toArray(new String[0]));
        double bias = net.sameDiff().getArrForVarName("fc/b").getDouble(0);
        for (int n = 0; n < 2; n++) {
            double logit = bias;
            for (View v : c.views()) {
                INDArray f = out.get(MagnNetwork.features(v));
                INDArray w = net.sameDiff().getArrForVarName("fc/W_" + v.id());
                INDArray cam = out.get(MagnNetwork.cam(v));
                int ch = (int) f.size(1);
                int h = (int) f.size(2);
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < h; j++) {
                        double s = 0;
                        for (int k = 0; k < ch; k++) {
                            s += w.getDouble(k, 0) * f.getDouble(n, k, i, j);
                        }
                        assertEquals(s, cam.getDouble(n, i, j), 1e-12);
                    }
                }
                for (int k = 0; k < ch; k++) {
                    double sum = 0;
                    for (int i = 0; i < h; i++) {
                        for (int j = 0; j < h; j++) {
                            sum += Math.exp(c.lseR() * f.getDouble(n, k, i, j));
                        }
                    }
                    logit += w.getDouble(k, 0) * Math.log(sum / (h * h)) / c.lseR();
                }
            }
            assertEquals(logit, out.get(MagnNetwork.LOGIT).getDouble(n, 0), 1e-10);
        }
    }

    @Test
    void totalLossGradientMatchesFiniteDifferences() {
        MagnConfig c = TestNets.tiny(16, true, true, 11);
        MagnNetwork net = MagnNetwork.build(c);
        SameDiff sd = net.sameDiff();
        Map<String, INDArray> ph = TestNets.randomBatch(c, 3, 12);
        List<String> params = new ArrayList<>();
        for (String n : net.stateNames()) {
            if (sd.getVariable(n).getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                params.add(n);
            }
        }
        Map<String, INDArray> grads = sd.calculateGradients(ph, params);
        Random r = new Random(13);
        double worst = 0;
        int checked = 0;
        for (String p : params) {
            INDArray a = sd.getArrForVarName(p);
            INDArray g = grads.get(p);
            for (int t = 0; t < 2; t++) {
                long idx = r.nextInt((int) a.length());
                double orig = a.getDouble(idx);
                double h = 1e-6;
                a.putScalar(idx, orig + h);
                double up = loss(sd, ph);
                a.putScalar(idx, orig - h);
                double down = loss(sd, ph);
                a.putScalar(idx, orig);
                double numeric = (up - down) / (2 * h);
                double analytic = g.getDouble(idx);
                double err = Math.abs(numeric - analytic) / Math.max(1e-6, Math.abs(numeric) + Math.abs(analytic));
                worst = Math.max(worst, err);
                checked++;
            }
        }
        System.out.printf("gradient check: %d parameters, worst relative error %.3g%n", checked, worst);
        assertTrue(checked > 50);
        assertTrue(worst < 1e-5, "worst relative error " + worst);
    }

    private static double loss(SameDiff sd, Map<String, INDArray> ph) {
        return sd.output(ph, MagnNetwork.LOSS).get(MagnNetwork.LOSS).getDouble(0);
    }

    @Test
    void gradCamFromAutodiffEqualsPositivePartOfCam() {
        // Grad-CAM by its definition, with SameDiff's gradient of the logit w.r.t. the feature maps,
        // against the closed form MagnPredictor uses (ReLU(CAM) scaled to max 1).
        MagnConfig c = TestNets.tiny(32, true, true, 21);
        MagnNetwork net = MagnNetwork.build(c);
        SameDiff sd = net.sameDiff();
        sd.setLossVariables(MagnNetwork.LOGIT);
        Map<String, INDArray> ph = TestNets.randomBatch(c, 2, 22);
        Map<String, INDArray> grads = sd.calculateGradients(ph, MagnNetwork.features(View.COR));
        INDArray g = grads.get(MagnNetwork.features(View.COR));
        Map<String, INDArray> out = net.output(ph, MagnNetwork.features(View.COR), MagnNetwork.cam(View.COR));
        INDArray f = out.get(MagnNetwork.features(View.COR));
        int ch = (int) f.size(1);
        int h = (int) f.size(2);
        for (int n = 0; n < 2; n++) {
            float[] byDefinition = new float[h * h];
            float[] cam = new float[h * h];
            for (int k = 0; k < ch; k++) {
                double alpha = 0;
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < h; j++) {
                        alpha += g.getDouble(n, k, i, j) / (h * h);
                    }
                }
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < h; j++) {
                        byDefinition[i * h + j] += (float) (alpha * f.getDouble(n, k, i, j));
                    }
                }
            }
            float max = 0;
            for (int p = 0; p < byDefinition.length; p++) {
                byDefinition[p] = Math.max(0, byDefinition[p]);
                max = Math.max(max, byDefinition[p]);
                cam[p] = out.get(MagnNetwork.cam(View.COR)).getFloat(n, p / h, p % h);
            }
            assertTrue(max > 0);
            for (int p = 0; p < byDefinition.length; p++) {
                byDefinition[p] /= max;
            }
            assertArrayEquals(byDefinition, MagnPredictor.gradCam(cam), 1e-5f);
        }
    }
}
