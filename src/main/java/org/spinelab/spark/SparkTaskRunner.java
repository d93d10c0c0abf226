package org.spinelab.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;
import org.spinelab.util.TaskRunner;

/**
 * {@link TaskRunner} on Apache Spark: the tasks become a {@code JavaRDD}, the function is shipped to the
 * executors, and {@code collect} brings the results back in the tasks' order (Spark cuts the list into
 * consecutive slices and concatenates the slices' results in order).
 *
 * <p>Slices: at most {@value #SLICES_PER_CORE} per core of the cluster ({@code defaultParallelism}) and
 * never more than the tasks. A bootstrap replicate takes about a millisecond, so one Spark task per
 * replicate would spend most of its time in Spark's per-task overhead; a few slices per core still
 * balance slices of uneven cost. Ten LASSO folds on a large cluster get one Spark task each.
 */
public final class SparkTaskRunner implements TaskRunner {

    static final int SLICES_PER_CORE = 4;

    private final JavaSparkContext jsc;

    public SparkTaskRunner(SparkSession spark) {
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @Override
    public <T extends Serializable, R extends Serializable> List<R> map(List<T> tasks,
            TaskFunction<? super T, ? extends R> fn) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        int slices = Math.min(tasks.size(), SLICES_PER_CORE * Math.max(1, jsc.defaultParallelism()));
        return jsc.parallelize(tasks, slices).map(new Apply<T, R>(fn)).collect();
    }

    @Override
    public String description() {
        return "Apache Spark " + jsc.version() + ", master " + jsc.master();
    }

    /** The task function as Spark's function type (both serializable). */
    private static final class Apply<T, R> implements Function<T, R> {

        private final TaskFunction<? super T, ? extends R> fn;

        Apply(TaskFunction<? super T, ? extends R> fn) {
            this.fn = fn;
        }

        @Override
        public R call(T task) {
            return fn.apply(task);
        }
    }
}
