package org.spinelab.util;

import java.io.Serializable;
import java.util.List;

/**
 * Maps a pure function over independent tasks and returns the results in the tasks' order, wherever
 * the work runs: this JVM's threads ({@link #local}) or a cluster ({@code org.spinelab.spark.SparkTaskRunner}).
 * Callers draw anything random before they hand out the tasks and reduce the results in task order
 * themselves, so a result never depends on the runner or on its parallelism.
 *
 * <p>A distributed runner ships the function (with what it captured) and the tasks to other JVMs, and
 * the results back: all three must be serializable, and the function may rely on nothing but its
 * argument and what it captured.
 */
public interface TaskRunner {

    /** The function applied to each task: pure and serializable. */
    @FunctionalInterface
    interface TaskFunction<T, R> extends Serializable {
        R apply(T task);
    }

    /** {@code fn} applied to every task; results in the tasks' order. An exception of a task is rethrown. */
    <T extends Serializable, R extends Serializable> List<R> map(List<T> tasks, TaskFunction<? super T, ? extends R> fn);

    /** Where the tasks run, for logs and the report, e.g. "2 threads". */
    String description();

    /** Tasks on {@code threads} threads of this JVM; with 1, one after the other on the caller's thread. */
    static TaskRunner local(int threads) {
        return new LocalTaskRunner(threads);
    }
}
