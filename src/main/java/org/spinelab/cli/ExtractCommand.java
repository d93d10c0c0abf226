package org.spinelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinelab.radiomics.CaseLocations;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.util.CsvTable;
import org.spinelab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spinelab extract}: PyRadiomics-compatible features of one case ({@code --image}/{@code --mask})
 * or of every case of a cohort table ({@code --cohort}). Output is written atomically.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract PyRadiomics-compatible features of one case or of every case of a cohort table.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--image", description = "Image of one case (.nii, .nii.gz, .nrrd, .tif or a DICOM directory).")
    Path image;

    @Option(names = "--mask", description = "Label image of that case.")
    Path mask;

    @Option(names = "--cohort", description = "Cohort table (CSV); image and mask paths relative to its directory,"
            + " or (with --spark) URIs read through Hadoop: hdfs://…, s3a://…, viewfs://…, file:/….")
    Path cohort;

    @Option(names = "--image-column", description = "Cohort column with the image paths.")
    String imageColumn;

    @Option(names = "--mask-column", description = "Cohort column with the mask paths.")
    String maskColumn;

    @Option(names = "--id-column", defaultValue = "id",
            description = "Cohort column with the case ids (default: ${DEFAULT-VALUE}; row numbers if the table has none).")
    String idColumn;

    @Option(names = "--params", description = "PyRadiomics parameter file (YAML or JSON).")
    Path params;

    @Option(names = "--label", description = "Label value of the ROI (overrides the parameter file's 'label'; default 1).")
    Integer label;

    @Option(names = "--threads", defaultValue = "1", description = "Cases extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--spark", description = "Cohort on Apache Spark: one task per case; image and mask paths must be"
            + " readable by every executor (shared file system), URIs are read through Hadoop's file systems."
            + " Also writes Parquet (--parquet) and resumes from it.")
    boolean spark;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting with --spark, as spark-submit's"
            + " --conf (repeatable), e.g. spark.hadoop.fs.s3a.endpoint=… for the file systems of image URIs.")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Option(names = "--master", description = "Spark master URL with --spark (default: the spark-submit master, else local[*]).")
    String master;

    @Option(names = "--parquet", description = "Parquet output of --spark, also read to skip cases already done"
            + " (default: the --out path with .parquet instead of .csv).")
    Path parquet;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Option(names = "--ibsi", description = "IBSI-1 features named by IBSI tags (morph_volume, cm_joint_max_3D_avg, …),"
            + " with the IBSI settings of the parameter file's 'setting:' block.")
    boolean ibsi;

    @Option(names = "--voxel", description = "Voxel-based feature maps (PyRadiomics' voxelSetting: kernelRadius, maskedKernel,"
            + " initValue) of one case; --out is then a directory of <imageType>_<class>_<Feature> maps.")
    boolean voxel;

    @Option(names = "--map-format", defaultValue = "nii.gz",
            description = "File format of --voxel maps: nii.gz, nii or nrrd (default: ${DEFAULT-VALUE}).")
    String mapFormat;

    @Override
    public Integer call() throws IOException {
        for (String option : List.of("--image", "--mask", "--cohort", "--params", "--out", "--parquet")) {
            requirePath(option);
        }
        if (voxel) {
            return VoxelExtraction.run(this);
        }
        if (ibsi) {
            return IbsiExtraction.run(this);
        }
        ExtractorSpec extractorSpec = new ExtractorSpec(params == null ? null : params.toString(), label);
        CohortExtractor batch = extractorSpec.cohortExtractor();
        if (cohort != null) {
            if (image != null || mask != null) {
                throw new InvalidInputException("give either --cohort or --image/--mask, not both");
            }
            return runCohort(batch, extractorSpec);
        }
        if (image == null || mask == null) {
            throw new InvalidInputException("give --image and --mask (one case) or --cohort with --image-column and --mask-column");
        }
        CohortExtractor.Outcome o = batch.extractCase(new CohortExtractor.Case(image.getFileName().toString(), image, mask));
        if (o.failed()) {
            throw new InvalidInputException(o.error());
        }
        CohortExtractor.Table t = CohortExtractor.table(List.of(o));
        CsvTable.write(out, t.header(), t.rows());
        return 0;
    }

    private int runCohort(CohortExtractor batch, ExtractorSpec extractorSpec) throws IOException {
        if (imageColumn == null || maskColumn == null) {
            throw new InvalidInputException("--cohort needs --image-column and --mask-column");
        }
        if (threads < 1) {
            throw new InvalidInputException("--threads must be ≥ 1, got " + threads);
        }
        if (!spark && (master != null || parquet != null)) {
            throw new InvalidInputException("--master and --parquet need --spark");
        }
        if (!spark && !sparkConf.isEmpty()) {
            throw new InvalidInputException("--conf needs --spark");
        }
        for (String key : sparkConf.keySet()) {
            if (!key.startsWith("spark.")) {
                throw new InvalidInputException("--conf " + key + ": not a Spark setting (they start with 'spark.';"
                        + " Hadoop settings are spark.hadoop.<key>)");
            }
        }
        CsvTable table = CsvTable.read(cohort);
        List<String> images = table.strings(imageColumn);
        List<String> masks = table.strings(maskColumn);
        List<String> ids = table.hasColumn(idColumn) ? table.strings(idColumn) : null;
        if (ids == null && spec.commandLine().getParseResult().hasMatchedOption("--id-column")) {
            table.column(idColumn); // names the missing column in the error
        }
        Path dir = cohort.toAbsolutePath().getParent();
        List<CohortExtractor.Case> cases = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = ids == null ? Integer.toString(r + 1) : ids.get(r);
            cases.add(new CohortExtractor.Case(id, location(images.get(r), imageColumn, r, id, dir),
                    location(masks.get(r), maskColumn, r, id, dir)));
        }
        List<CohortExtractor.Outcome> outcomes;
        if (spark) {
            outcomes = SparkExtraction.run(extractorSpec, cases, master, sparkConf, parquetPath(), spec.commandLine().getErr());
        } else {
            outcomes = batch.extractAll(cases, threads, new ConsoleProgress(spec.commandLine().getErr()));
        }
        CohortExtractor.Table t = CohortExtractor.table(outcomes);
        CsvTable.write(out, t.header(), t.rows());
        long failed = outcomes.stream().filter(CohortExtractor.Outcome::failed).count();
        if (failed > 0) {
            for (CohortExtractor.Outcome o : outcomes) {
                if (o.failed()) {
                    spec.commandLine().getErr().println("spinelab: case " + o.c().id() + ": " + o.error());
                }
            }
            spec.commandLine().getErr().println("spinelab: error: " + failed + " of " + outcomes.size()
                    + " cases failed (see the 'error' column of " + out + ")");
            return 1;
        }
        return 0;
    }

    /**
     * Refuses a URI as the value of a file option: picocli has made it a {@link Path}, which silently turns
     * {@code hdfs://nn/x} into {@code hdfs:/nn/x}, a relative local path. Only cohort cells may be URIs.
     */
    private void requirePath(String option) {
        var matched = spec.commandLine().getParseResult().matchedOption(option);
        if (matched != null && CaseLocations.isUri(matched.stringValues().get(0))) {
            throw new InvalidInputException(option + " " + matched.stringValues().get(0) + ": a URI, but " + option
                    + " is a local path (on a shared file system for --spark); only the image and mask cells of a"
                    + " --cohort table may be URIs, read through Hadoop with --spark");
        }
    }

    /**
     * A cohort cell as a case location: with --spark a URI verbatim or a path resolved against the
     * cohort's directory; without, a path only (a URI is refused here, before any case runs).
     */
    private String location(String cell, String column, int row, String id, Path dir) {
        return spark ? CaseLocations.resolve(dir, cell) : CaseLocations.localCell(cohort, column, row, id, cell).toString();
    }

    /** The Parquet directory of a Spark run: --parquet, or --out with its .csv suffix replaced by .parquet. */
    private Path parquetPath() {
        if (parquet != null) {
            return parquet;
        }
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(base + ".parquet");
    }
}
