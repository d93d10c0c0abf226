package org.spinelab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The local runner: results in task order for any thread count, a task's exception rethrown as it is. */
class LocalTaskRunnerTest {

    private static final InvalidInputException BAD = new InvalidInputException("task 7 is bad");

    @Test
    void resultsComeInTaskOrderForAnyThreadCount() {
        List<Integer> tasks = IntStream.range(0, 200).boxed().toList();
        List<String> expected = new ArrayList<>();
        for (int t : tasks) {
            expected.add("t" + t * t);
        }
        for (int threads : new int[] {1, 2, 3, 8}) {
            // Earlier tasks take longer, so with several threads they finish after later ones.
            List<String> got = TaskRunner.local(threads).map(tasks, t -> {
                if (t < 8) {
                    sleep(8 - t);
                }
                return "t" + t * t;
            });
            assertEquals(expected, got, threads + " threads");
        }
        assertEquals(List.of(), TaskRunner.local(2).map(List.<Integer>of(), t -> t));
    }

    @Test
    void aTaskExceptionIsRethrownAsItIs() {
        List<Integer> tasks = IntStream.range(0, 20).boxed().toList();
        for (int threads : new int[] {1, 4}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaskRunner.local(threads).map(tasks, t -> {
                if (t == 7) {
                    throw BAD;
                }
                return t;
            }));
            assertSame(BAD, e, threads + " threads");
        }
    }

    @Test
    void threadCountIsCheckedAndDescribed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaskRunner.local(0));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
        assertEquals("1 thread", TaskRunner.local(1).description());
        assertEquals("4 threads", TaskRunner.local(4).description());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
