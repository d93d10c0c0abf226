package org.spinelab.magn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.util.CsvTable;

/**
 * What {@code magn predict} does: probabilities for every case, and per case and view two maps as
 * NIfTI on the crop's place in that view's slice ({@link ViewCrop#grid()}, one slice thick, so they
 * overlay the original series in any viewer): the normalised attention (CAM) and the Grad-CAM map,
 * brought from the CAM grid to crop pixels by nearest-cell upsampling.
 *
 * <p>Output: the CSV (id, probability, predicted = probability ≥ 0.5) and the directory
 * {@code <csv name>_maps/} with {@code <id>_<view>_attention.nii.gz} and {@code <id>_<view>_gradcam.nii.gz}.
 */
public final class MagnPredictionRun {

    private MagnPredictionRun() {}

    public static List<MagnPrediction> run(MagnNetwork net, List<MagnCase> cases, Path csv) throws IOException {
        List<MagnPrediction> preds = MagnPredictor.predict(net, cases);
        MagnConfig c = net.config();
        String base = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        Path maps = csv.toAbsolutePath().resolveSibling(base + "_maps");
        Files.createDirectories(maps);
        for (int i = 0; i < cases.size(); i++) {
            MagnPrediction p = preds.get(i);
            for (View v : c.views()) {
                ViewCrop crop = cases.get(i).view(v);
                write(p.attention().get(v), crop, c, maps.resolve(p.id() + "_" + v.id() + "_attention.nii.gz"));
                write(p.gradCam().get(v), crop, c, maps.resolve(p.id() + "_" + v.id() + "_gradcam.nii.gz"));
            }
        }
        List<List<?>> rows = new ArrayList<>();
        for (MagnPrediction p : preds) {
            rows.add(List.of(p.id(), p.probability(), p.probability() >= 0.5 ? 1 : 0));
        }
        CsvTable.write(csv, List.of("id", "probability", "predicted"), rows);
        return preds;
    }

    private static void write(float[] map, ViewCrop crop, MagnConfig c, Path path) {
        float[] up = MaskDownsampler.upsample(map, c.camSize(), crop.size());
        double[] data = new double[up.length];
        for (int i = 0; i < up.length; i++) {
            data[i] = up[i];
        }
        VolumeIO.write(Volume.wrap(crop.grid(), data, VolumeMetadata.of(path.getFileName().toString(), PixelType.FLOAT32)),
                path);
    }
}
