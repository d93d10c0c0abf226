package org.spinelab.util;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link TaskRunner} on a fixed pool of this JVM's threads, started for each {@link #map} call; with one
 * thread (or one task) the tasks run on the caller's thread, one after the other. The first failing task
 * in task order has its exception rethrown as it is (an {@link InvalidInputException} stays one).
 */
public final class LocalTaskRunner implements TaskRunner {

    private final int threads;

    public LocalTaskRunner(int threads) {
        if (threads < 1) {
            throw new InvalidInputException("threads: must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    @Override
    public <T extends Serializable, R extends Serializable> List<R> map(List<T> tasks,
            TaskFunction<? super T, ? extends R> fn) {
        List<R> out = new ArrayList<>(tasks.size());
        int workers = Math.min(threads, tasks.size());
        if (workers <= 1) {
            for (T t : tasks) {
                out.add(fn.apply(t));
            }
            return Collections.unmodifiableList(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "task-runner");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<? extends R>> futures = new ArrayList<>(tasks.size());
            for (T t : tasks) {
                futures.add(pool.submit(() -> fn.apply(t)));
            }
            for (Future<? extends R> f : futures) {
                out.add(f.get());
            }
            return Collections.unmodifiableList(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String description() {
        return threads == 1 ? "1 thread" : threads + " threads";
    }
}
