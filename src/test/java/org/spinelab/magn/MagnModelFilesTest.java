package org.spinelab.magn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;

class MagnModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void savedModelLoadsBackWithIdenticalPredictionsAndMaps() throws Exception {
        List<View> views = List.of(View.SAG, View.AX);
        MagnConfig c = new MagnConfig(Backbone.TINY, 0.5, views, true, 5.0, 0.5, 16, 1e-2, 0.9, 5, 8, 2, 3, false);
        List<MagnCase> train = ToyData.generate(16, 16, views, 4);
        MagnNetwork net = MagnTrainer.train(c, train, Progress.NONE);
        // Two epochs counted, so the learning-rate schedule (×0.9 every 5 epochs) sees the right epoch.
        assertEquals(2, net.sameDiff().getTrainingConfig().getEpochCount());
        assertEquals(1e-2 * 0.9, new org.nd4j.linalg.schedule.StepSchedule(
                org.nd4j.linalg.schedule.ScheduleType.EPOCH, 1e-2, 0.9, 5).valueAt(0, 5), 1e-15);
        // Training must have moved the running statistics off their initial values (0 and 1).
        INDArray mean = net.sameDiff().getArrForVarName("sag/stem/bn/mean");
        assertNotEquals(0.0, mean.norm1Number().doubleValue());
        MagnModelFiles.save(net, dir.resolve("m"));
        MagnNetwork loaded = MagnModelFiles.load(dir.resolve("m"));
        assertEquals(c, loaded.config());
        List<MagnCase> test = ToyData.generate(6, 16, views, 5);
        List<MagnPrediction> a = MagnPredictor.predict(net, test);
        List<MagnPrediction> b = MagnPredictor.predict(loaded, test);
        for (int i = 0; i < test.size(); i++) {
            assertEquals(a.get(i).probability(), b.get(i).probability(), 0.0);
            for (View v : views) {
                assertArrayEquals(a.get(i).attention().get(v), b.get(i).attention().get(v), 0f);
                assertArrayEquals(a.get(i).gradCam().get(v), b.get(i).gradCam().get(v), 0f);
            }
        }
    }

    @Test
    void npzRoundTripAndErrors() throws Exception {
        Map<String, INDArray> m = new LinkedHashMap<>();
        m.put("a/b/W", Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {1, 2, 3}, DataType.DOUBLE));
        m.put("c", Nd4j.create(new float[] {7f, 8f}, new long[] {2}, 'c'));
        WeightsFile.write(m, dir.resolve("w.npz"));
        Map<String, INDArray> r = WeightsFile.read(dir.resolve("w.npz"));
        assertEquals(m.keySet(), r.keySet());
        assertEquals(m.get("a/b/W"), r.get("a/b/W"));
        assertEquals(m.get("c"), r.get("c"));
        assertThrows(InvalidInputException.class, () -> WeightsFile.read(dir.resolve("missing.npz")));
        Files.writeString(dir.resolve("bad.npz"), "not a zip");
        assertThrows(InvalidInputException.class, () -> WeightsFile.read(dir.resolve("bad.npz")));
        assertThrows(InvalidInputException.class, () -> MagnModelFiles.load(dir));
    }

    @Test
    void pretrainedBackboneWeightsAreCopiedIntoEveryBranch() throws Exception {
        MagnConfig c = TestNets.tiny(16, true, false, 1);
        MagnNetwork net = MagnNetwork.build(c);
        // A small "pretrained" file: an RGB stem kernel (summed to one channel on loading) and a BN layer.
        double[] rgb = new double[3 * 3 * 3 * 4];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i * 0.01;
        }
        Map<String, INDArray> w = new LinkedHashMap<>();
        w.put("stem/W", Nd4j.create(rgb, new long[] {3, 3, 3, 4}, DataType.FLOAT));
        w.put("s0b0/bn1/gamma", Nd4j.create(new float[] {2f, 3f, 4f, 5f}, new long[] {4}, 'c'));
        w.put("unrelated/layer", Nd4j.create(new float[] {1f}, new long[] {1}, 'c'));
        WeightsFile.write(w, dir.resolve("pre.npz"));
        assertEquals(2, PretrainedWeights.apply(net, dir.resolve("pre.npz")));
        for (View v : c.views()) {
            INDArray stem = net.sameDiff().getArrForVarName(v.id() + "/stem/W");
            assertArrayEquals(new long[] {3, 3, 1, 4}, stem.shape());
            // element [ky=1, kx=2, 0, o=3] = Σ_ci rgb[1,2,ci,3], by hand from the row-major index.
            double expected = 0;
            for (int ci = 0; ci < 3; ci++) {
                expected += (((1 * 3 + 2) * 3 + ci) * 4 + 3) * 0.01;
            }
            assertEquals(expected, stem.getDouble(1, 2, 0, 3), 1e-6);
            assertEquals(4.0, net.sameDiff().getArrForVarName(v.id() + "/s0b0/bn1/gamma").getDouble(2), 0.0);
        }
        w.put("stem/W", Nd4j.zeros(DataType.FLOAT, 5, 5, 1, 4));
        WeightsFile.write(w, dir.resolve("wrong.npz"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PretrainedWeights.apply(net, dir.resolve("wrong.npz")));
        assertTrue(e.getMessage().contains("stem/W"), e.getMessage());
    }
}
