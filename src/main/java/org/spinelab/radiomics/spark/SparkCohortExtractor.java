package org.spinelab.radiomics.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.spinelab.radiomics.CohortExtractor;
import org.spinelab.radiomics.ExtractorSpec;
import org.spinelab.spark.SparkSessions;
import org.spinelab.util.InvalidInputException;

/**
 * A cohort's features on Apache Spark: one task per case, each running the local batch's own
 * {@link CohortExtractor#extractCase} (through {@link ExtractCaseFunction}), so a case gives the same
 * feature row, or the same error row, wherever it runs. The rows come back to the driver, which builds
 * the table exactly as the local batch does ({@link CohortExtractor#table}) and also stores it as
 * Parquet. A later run over the same Parquet skips the cases that already have features (matched by
 * id); failed cases are tried again.
 *
 * <p>Image and mask locations are read by the executors: a path must name the same file on every
 * executor (a shared file system mounted at the same place); a URI with a scheme ({@code hdfs://},
 * {@code s3a://}, {@code viewfs://}, {@code file:/}, …) is read through Hadoop's file systems with the
 * driver's Hadoop configuration and copied to a temporary local file for the case.
 */
public final class SparkCohortExtractor {

    private static final List<String> KEY_COLUMNS = List.of("id", "image", "mask");
    private static final String ERROR_COLUMN = "error";

    /**
     * The outcome of a run: every case's outcome in cohort order, how many came from the Parquet, and the
     * wall seconds of the Spark job that extracted the others (without reading and writing Parquet).
     */
    public record Run(List<CohortExtractor.Outcome> outcomes, int resumed, double jobSeconds) {}

    private final SparkSession spark;

    public SparkCohortExtractor(SparkSession spark) {
        this.spark = spark;
    }

    /** {@link #session(String, Map)} without further settings. */
    public static SparkSession session(String master) {
        return session(master, Map.of());
    }

    /** The extraction's session: {@link SparkSessions#start} with {@code conf} as spark-submit's --conf. */
    public static SparkSession session(String master, Map<String, String> conf) {
        return SparkSessions.start("spinelab extract", master, conf);
    }

    /**
     * Extracts the cases not already in {@code parquet} (if it exists), writes the whole table there
     * (atomically: a sibling directory renamed into place) and returns every outcome in cohort order.
     */
    public Run extract(ExtractorSpec spec, List<CohortExtractor.Case> cases, Path parquet) {
        Set<String> ids = new HashSet<>();
        for (CohortExtractor.Case c : cases) {
            if (!ids.add(c.id())) {
                throw new InvalidInputException("case id '" + c.id() + "' appears twice in the cohort; a Spark run"
                        + " matches cases by id to resume, so ids must be unique");
            }
        }
        Map<String, CohortExtractor.Outcome> done = Files.isDirectory(parquet) ? readDone(parquet, cases) : Map.of();
        List<CohortExtractor.Case> todo = cases.stream().filter(c -> !done.containsKey(c.id())).toList();
        Map<String, CohortExtractor.Outcome> fresh = new HashMap<>();
        long start = System.nanoTime();
        List<CohortExtractor.Outcome> extracted = extractAll(spec, todo);
        for (int i = 0; i < extracted.size(); i++) {
            fresh.put(todo.get(i).id(), extracted.get(i));
        }
        double jobSeconds = (System.nanoTime() - start) / 1e9;
        List<CohortExtractor.Outcome> outcomes = new ArrayList<>();
        for (CohortExtractor.Case c : cases) {
            outcomes.add(done.containsKey(c.id()) ? done.get(c.id()) : fresh.get(c.id()));
        }
        writeParquet(outcomes, parquet);
        return new Run(outcomes, done.size(), jobSeconds);
    }

    /**
     * Every case extracted on Spark, one task per case, outcomes in the cases' order; nothing stored (the
     * study uses this: its features go into its own tables). Ids need not be unique here.
     */
    public List<CohortExtractor.Outcome> extractAll(ExtractorSpec spec, List<CohortExtractor.Case> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<String[]> tasks = cases.stream()
                .map(c -> new String[] {c.id(), c.image(), c.mask()}).toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // The driver's Hadoop configuration (spark.hadoop.*, HADOOP_CONF_DIR) goes with the tasks.
        HadoopConf hadoop = new HadoopConf(jsc.hadoopConfiguration());
        // One partition per case: one task per case, so a slow or failing case holds up nothing else.
        List<CaseRow> rows = jsc.parallelize(tasks, tasks.size()).map(new ExtractCaseFunction(spec, hadoop)).collect();
        List<CohortExtractor.Outcome> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(rows.get(i).outcome(cases.get(i)));
        }
        return outcomes;
    }

    /** Successful outcomes stored in {@code parquet}, for the cases of this cohort, by id. */
    private Map<String, CohortExtractor.Outcome> readDone(Path parquet, List<CohortExtractor.Case> cases) {
        Map<String, CohortExtractor.Case> byId = new HashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        Dataset<Row> stored = spark.read().parquet(parquet.toString());
        StructField[] fields = stored.schema().fields();
        for (String required : List.of("id", ERROR_COLUMN)) {
            if (stored.schema().getFieldIndex(required).isEmpty()) {
                throw new InvalidInputException(parquet + ": not a feature table of a previous run (no '" + required + "' column)");
            }
        }
        int idIndex = stored.schema().fieldIndex("id");
        int errorIndex = stored.schema().fieldIndex(ERROR_COLUMN);
        Map<String, CohortExtractor.Outcome> done = new HashMap<>();
        for (Row r : stored.collectAsList()) {
            String id = r.getString(idIndex);
            String error = r.isNullAt(errorIndex) ? null : r.getString(errorIndex);
            CohortExtractor.Case c = byId.get(id);
            if (c == null || (error != null && !error.isEmpty())) {
                continue;
            }
            Map<String, String> diagnostics = new LinkedHashMap<>();
            Map<String, Double> features = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                String name = fields[i].name();
                if (KEY_COLUMNS.contains(name) || name.equals(ERROR_COLUMN) || r.isNullAt(i)) {
                    continue;
                }
                if (fields[i].dataType().equals(DataTypes.DoubleType)) {
                    features.put(name, r.getDouble(i));
                } else {
                    diagnostics.put(name, r.getString(i));
                }
            }
            done.put(id, new CohortExtractor.Outcome(c, diagnostics, features, null));
        }
        return done;
    }

    /**
     * The table of {@link CohortExtractor#table} as Parquet: id, image, mask and diagnostics as strings,
     * features as doubles, and always an {@code error} column (null where the case succeeded).
     */
    private void writeParquet(List<CohortExtractor.Outcome> outcomes, Path parquet) {
        CohortExtractor.Table table = CohortExtractor.table(outcomes);
        Set<String> diagnosticNames = new HashSet<>();
        outcomes.forEach(o -> diagnosticNames.addAll(o.diagnostics().keySet()));
        List<String> header = new ArrayList<>(table.header());
        if (!table.anyFailed()) {
            header.add(ERROR_COLUMN);
        }
        List<StructField> fields = new ArrayList<>();
        for (String name : header) {
            boolean text = KEY_COLUMNS.contains(name) || name.equals(ERROR_COLUMN) || diagnosticNames.contains(name);
            fields.add(DataTypes.createStructField(name, text ? DataTypes.StringType : DataTypes.DoubleType, true));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < outcomes.size(); r++) {
            List<Object> values = new ArrayList<>(table.rows().get(r));
            if (!table.anyFailed()) {
                values.add(null);
            } else if ("".equals(values.get(values.size() - 1))) {
                values.set(values.size() - 1, null);
            }
            rows.add(RowFactory.create(values.toArray()));
        }
        Path target = parquet.toAbsolutePath();
        Path staging = target.resolveSibling("." + target.getFileName() + ".writing");
        deleteTree(staging);
        spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(staging.toString());
        deleteTree(target);
        try {
            Files.move(staging, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
