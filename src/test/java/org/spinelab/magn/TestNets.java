package org.spinelab.magn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small configurations and random inputs for the network tests. */
final class TestNets {

    private TestNets() {}

    static MagnConfig tiny(int crop, boolean attention, boolean doublePrecision, long seed) {
        return new MagnConfig(Backbone.TINY, 0.5, List.of(View.SAG, View.COR, View.AX), attention, 5.0, 0.5,
                crop, 1e-3, 0.9, 5, 4, 1, seed, doublePrecision);
    }

    /** Random images, labels and 0/1 masks for every view of {@code c}, batch {@code n}. */
    static Map<String, INDArray> randomBatch(MagnConfig c, int n, long seed) {
        DataType t = c.doublePrecision() ? DataType.DOUBLE : DataType.FLOAT;
        Random r = new Random(seed);
        Map<String, INDArray> ph = new HashMap<>();
        int s = c.crop();
        int h = c.camSize();
        for (View v : c.views()) {
            double[] x = new double[n * s * s];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextGaussian();
            }
            ph.put(MagnNetwork.input(v), Nd4j.create(x, new long[] {n, 1, s, s}, t));
            double[] m = new double[n * h * h];
            for (int i = 0; i < m.length; i++) {
                m[i] = r.nextDouble() < 0.3 ? 1 : 0;
            }
            ph.put(MagnNetwork.mask(v), Nd4j.create(m, new long[] {n, h, h}, t));
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        ph.put(MagnNetwork.LABEL, Nd4j.create(y, new long[] {n, 1}, t));
        return ph;
    }
}
