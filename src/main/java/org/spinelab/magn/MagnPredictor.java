package org.spinelab.magn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a trained network (inference path) on cases, in minibatches.
 *
 * <p>Grad-CAM (Selvaraju et al. 2017) for class 1 weights each feature map by α_c = (1/HW)·Σ_hw ∂z/∂F_c,hw
 * and takes ReLU(Σ_c α_c·F_c). With LSE pooling and one linear output, ∂z/∂F_c,hw = w_c·softmax_hw(r·F_c),
 * whose spatial sum is w_c, so α_c = w_c/HW exactly and Grad-CAM = ReLU(CAM)/HW: the CAM with its
 * negative part removed. It is computed that way here and scaled to a maximum of 1.
 */
public final class MagnPredictor {

    private MagnPredictor() {}

    public static List<MagnPrediction> predict(MagnNetwork net, List<MagnCase> cases) {
        MagnConfig c = net.config();
        List<String> names = new ArrayList<>(List.of(MagnNetwork.PROB));
        for (View v : c.views()) {
            names.add(MagnNetwork.attention(v));
            names.add(MagnNetwork.cam(v));
        }
        int h = c.camSize();
        List<MagnPrediction> out = new ArrayList<>();
        for (int start = 0; start < cases.size(); start += c.batchSize()) {
            List<MagnCase> batch = cases.subList(start, Math.min(cases.size(), start + c.batchSize()));
            Map<String, INDArray> o = net.output(Batches.inputs(batch, c), names.toArray(new String[0]));
            for (int n = 0; n < batch.size(); n++) {
                Map<View, float[]> att = new EnumMap<>(View.class);
                Map<View, float[]> grad = new EnumMap<>(View.class);
                for (View v : c.views()) {
                    att.put(v, row(o.get(MagnNetwork.attention(v)), n, h));
                    grad.put(v, gradCam(row(o.get(MagnNetwork.cam(v)), n, h)));
                }
                out.add(new MagnPrediction(batch.get(n).id(), o.get(MagnNetwork.PROB).getDouble(n, 0), att, grad));
            }
        }
        return out;
    }

    private static float[] row(INDArray a, int n, int h) {
        return a.get(org.nd4j.linalg.indexing.NDArrayIndex.point(n)).dup('c').castTo(
                org.nd4j.linalg.api.buffer.DataType.FLOAT).reshape(h * h).toFloatVector();
    }

    /** ReLU(CAM) scaled to max 1 (all zero if the CAM is nowhere positive). */
    static float[] gradCam(float[] cam) {
        float max = 0;
        for (float v : cam) {
            max = Math.max(max, v);
        }
        float[] r = new float[cam.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = max > 0 ? Math.max(0, cam[i]) / max : 0;
        }
        return r;
    }
}
