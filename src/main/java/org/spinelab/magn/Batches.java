package org.spinelab.magn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Packs cases into the graph's placeholders: x_v [N,1,S,S], y [N,1], m_v [N,h,h] (masks on the CAM grid). */
final class Batches {

    private Batches() {}

    static DataType type(MagnConfig c) {
        return c.doublePrecision() ? DataType.DOUBLE : DataType.FLOAT;
    }

    static INDArray images(List<MagnCase> cases, View v, MagnConfig c) {
        int s = c.crop();
        float[] all = new float[cases.size() * s * s];
        for (int n = 0; n < cases.size(); n++) {
            ViewCrop crop = cases.get(n).view(v);
            System.arraycopy(crop.image(), 0, all, n * s * s, s * s);
        }
        return Nd4j.create(all, new long[] {cases.size(), 1, s, s}, 'c').castTo(type(c));
    }

    static INDArray masks(List<MagnCase> cases, View v, MagnConfig c) {
        int s = c.crop();
        int h = c.camSize();
        float[] all = new float[cases.size() * h * h];
        for (int n = 0; n < cases.size(); n++) {
            float[] m = MaskDownsampler.area(cases.get(n).view(v).mask(), s, h);
            System.arraycopy(m, 0, all, n * h * h, h * h);
        }
        return Nd4j.create(all, new long[] {cases.size(), h, h}, 'c').castTo(type(c));
    }

    static INDArray labels(List<MagnCase> cases, MagnConfig c) {
        float[] y = new float[cases.size()];
        for (int n = 0; n < y.length; n++) {
            y[n] = cases.get(n).label();
        }
        return Nd4j.create(y, new long[] {cases.size(), 1}, 'c').castTo(type(c));
    }

    /** Inputs only (what prediction needs). */
    static Map<String, INDArray> inputs(List<MagnCase> cases, MagnConfig c) {
        Map<String, INDArray> ph = new HashMap<>();
        for (View v : c.views()) {
            ph.put(MagnNetwork.input(v), images(cases, v, c));
        }
        return ph;
    }

    /** Inputs, labels and (with attention) masks: everything the loss needs. */
    static Map<String, INDArray> training(List<MagnCase> cases, MagnConfig c) {
        Map<String, INDArray> ph = inputs(cases, c);
        ph.put(MagnNetwork.LABEL, labels(cases, c));
        if (c.attention()) {
            for (View v : c.views()) {
                ph.put(MagnNetwork.mask(v), masks(cases, v, c));
            }
        }
        return ph;
    }
}
