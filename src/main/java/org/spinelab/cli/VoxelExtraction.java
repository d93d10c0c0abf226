package org.spinelab.cli;

import java.io.IOException;
import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;
import org.spinelab.image.io.VolumeIO;
import org.spinelab.radiomics.ExtractionParameters;
import org.spinelab.radiomics.voxel.FeatureMapWriter;
import org.spinelab.radiomics.voxel.VoxelCaseExtractor;
import org.spinelab.util.InvalidInputException;

/** {@code spinelab extract --voxel}: voxel-based feature maps of one case into the directory {@code --out}. */
final class VoxelExtraction {

    private VoxelExtraction() {}

    static int run(ExtractCommand cmd) throws IOException {
        if (cmd.cohort != null || cmd.ibsi) {
            throw new InvalidInputException("--voxel works on one case (--image/--mask), without --cohort or --ibsi");
        }
        if (cmd.image == null || cmd.mask == null) {
            throw new InvalidInputException("--voxel needs --image and --mask");
        }
        ExtractionParameters p = cmd.params == null ? ExtractionParameters.defaults() : ExtractionParameters.load(cmd.params);
        if (cmd.label != null) {
            p = p.withSettings(p.settings().with("label", cmd.label));
        }
        Volume image = VolumeIO.read(cmd.image);
        LabelVolume mask = VolumeIO.readLabels(cmd.mask);
        VoxelCaseExtractor ex = new VoxelCaseExtractor(p);
        try (FeatureMapWriter w = new FeatureMapWriter(cmd.out, cmd.mapFormat)) {
            ex.extract(image, mask, cmd.image.toString(), cmd.mask.toString(),
                    new ConsoleProgress(cmd.spec.commandLine().getErr()), w::add);
            w.commit();
            cmd.spec.commandLine().getErr().println("spinelab: wrote " + w.count() + " feature maps to " + cmd.out);
        }
        return 0;
    }
}
