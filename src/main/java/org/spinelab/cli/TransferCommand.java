package org.spinelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinelab.transfer.CohortTransfer;
import org.spinelab.transfer.Interpolation;
import org.spinelab.transfer.TransferJob;
import org.spinelab.transfer.TransferOptions;
import org.spinelab.transfer.TransferResult;
import org.spinelab.util.InvalidInputException;
import org.spinelab.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab transfer}: a label drawn on one series (the sagittal) mapped onto another series of
 * the same frame of reference through patient coordinates; one case, or every case of a cohort table.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Transfer a label volume (e.g. drawn on the sagittal series) onto another series' grid"
                + " (axial, coronal) of the same frame of reference.",
            "Single case: --source S --labels L --target T --out O.nii.gz.",
            "Cohort: --cohort C.csv --source-column … --labels-column … --target-column … --out-column …"
                + " (paths relative to the cohort file)."})
final class TransferCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "S", description = "image the label was drawn on (.nii, .nii.gz, .nrrd or DICOM directory)")
    Path source;

    @Option(names = "--labels", paramLabel = "L", description = "label on exactly the grid of S")
    Path labels;

    @Option(names = "--target", paramLabel = "T", description = "image whose grid receives the label")
    Path target;

    @Option(names = "--out", paramLabel = "O", description = "output label (T's grid and affine), e.g. O.nii.gz")
    Path out;

    @Option(names = "--probability", paramLabel = "P", description = "also write the partial-volume probability map [0, 1] (of any label, with --multi-label)")
    Path probability;

    @Option(names = "--supersample", paramLabel = "N", defaultValue = "1",
            description = "probability map: mean of N×N×N points per target voxel (default ${DEFAULT-VALUE})")
    int supersample;

    @Option(names = "--interpolation", paramLabel = "MODE",
            description = "nearest, linear (trilinear, thresholded at 0.5) or shape (signed-distance"
                    + " interpolation between slices; the default, best Dice on the conformance study)")
    String interpolation;

    @Option(names = "--multi-label", description = "keep several label values (default: the label must be binary 0/1)")
    boolean multiLabel;

    @Option(names = "--force", description = "transfer even when the frames of reference differ")
    boolean force;

    @Option(names = "--cohort", paramLabel = "C.csv", description = "transfer every row of this table")
    Path cohort;

    @Option(names = "--source-column", paramLabel = "COL", description = "cohort: column of the source images")
    String sourceColumn;

    @Option(names = "--labels-column", paramLabel = "COL", description = "cohort: column of the labels")
    String labelsColumn;

    @Option(names = "--target-column", paramLabel = "COL", description = "cohort: column of the target images")
    String targetColumn;

    @Option(names = "--out-column", paramLabel = "COL", description = "cohort: column of the output label paths")
    String outColumn;

    @Option(names = "--probability-column", paramLabel = "COL", description = "cohort: where to write probability maps")
    String probabilityColumn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Progress progress = new Progress() {
            @Override
            public void update(String task, long done, long total) {}

            @Override
            public void message(String text) {
                err.println("spinelab transfer: " + text);
                err.flush();
            }
        };
        if (supersample != 1 && probability == null && probabilityColumn == null) {
            throw new InvalidInputException("transfer: --supersample applies to the probability map; add --probability");
        }
        TransferOptions options = new TransferOptions(Interpolation.parse(interpolation, "--interpolation"),
                multiLabel, force, supersample);
        if (cohort != null) {
            return runCohort(options, progress, outWriter);
        }
        require(source, "--source");
        require(labels, "--labels");
        require(target, "--target");
        require(out, "--out");
        TransferResult r = new TransferJob(source, labels, target, out, probability, options).run(progress);
        outWriter.printf("%s: %d label voxels (%s interpolation)%n", out, r.stats().resultLabelVoxels(),
                options.interpolation().key());
        outWriter.flush();
        return 0;
    }

    private int runCohort(TransferOptions options, Progress progress, PrintWriter outWriter) {
        require(sourceColumn, "--source-column");
        require(labelsColumn, "--labels-column");
        require(targetColumn, "--target-column");
        require(outColumn, "--out-column");
        List<CohortTransfer.CaseOutcome> outcomes = new CohortTransfer(sourceColumn, labelsColumn, targetColumn,
                outColumn, probabilityColumn, options).run(cohort, progress);
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        outWriter.printf("%d of %d cases transferred%s%n", outcomes.size() - failed, outcomes.size(),
                failed == 0 ? "" : "; failed: " + String.join(", ",
                        outcomes.stream().filter(o -> !o.ok()).map(CohortTransfer.CaseOutcome::id).toList()));
        outWriter.flush();
        return failed == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw new InvalidInputException("transfer: missing " + option);
        }
    }
}
