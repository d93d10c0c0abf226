package org.spinelab.magn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * A trained model on disk: {@code magn-config.json} (the {@link MagnConfig}, which also fixes the
 * preprocessing: crop size, views, per-crop z-score — see {@link ViewSlicer}) and
 * {@code magn-weights.npz} (every parameter and batch-norm running statistic, see {@link WeightsFile}).
 * Loading rebuilds the graph from the configuration and assigns the arrays, so a loaded model gives
 * the same predictions as the one saved.
 */
public final class MagnModelFiles {

    public static final String CONFIG = "magn-config.json";
    public static final String WEIGHTS = "magn-weights.npz";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MagnModelFiles() {}

    public static void save(MagnNetwork net, Path dir) throws IOException {
        Files.createDirectories(dir);
        WeightsFile.write(net.state(), dir.resolve(WEIGHTS));
        AtomicOutput.writeString(dir.resolve(CONFIG), JSON.writeValueAsString(net.config()));
    }

    public static MagnNetwork load(Path dir) {
        Path cfg = dir.resolve(CONFIG);
        if (!Files.isRegularFile(cfg)) {
            throw new InvalidInputException(dir + ": not a MAGN model directory (no " + CONFIG + ")");
        }
        MagnConfig config;
        try {
            config = JSON.readValue(cfg.toFile(), MagnConfig.class);
        } catch (IOException e) {
            throw new InvalidInputException(cfg + ": unreadable model configuration (" + e.getMessage() + ")", e);
        }
        MagnNetwork net = MagnNetwork.build(config);
        Map<String, INDArray> arrays = WeightsFile.read(dir.resolve(WEIGHTS));
        for (String name : net.stateNames()) {
            INDArray a = arrays.get(name);
            INDArray target = net.sameDiff().getArrForVarName(name);
            if (a == null) {
                throw new InvalidInputException(dir.resolve(WEIGHTS) + ": array '" + name + "' is missing");
            }
            if (!java.util.Arrays.equals(a.shape(), target.shape())) {
                throw new InvalidInputException(dir.resolve(WEIGHTS) + ": array '" + name + "' has shape "
                        + java.util.Arrays.toString(a.shape()) + ", the model needs " + java.util.Arrays.toString(target.shape()));
            }
            target.assign(a.castTo(target.dataType()));
        }
        return net;
    }
}
