package org.broadsheet;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Asserts that work grows linearly with the size of its input, from the CPU time of the thread doing it at a size and
 * at four times that size. A wall-clock limit fails on a busy machine (PIT's coverage run, several builds at once)
 * and passes quadratic work on a fast one; a thread's own CPU time is the same on both, and quadratic work takes
 * sixteen times as much at four times the size where linear work takes four.
 */
public final class LinearTime {

    /**
     * The ratio allowed between the two sizes' times, between linear's 4 and quadratic's 16 but nearer 16: the larger
     * input's memory makes linear work take somewhat more than four times as long (8.1 was seen on a busy machine, in
     * the first test class a fresh JVM runs), while the quadratic work these tests guard against comes out near 16.
     */
    static final int RATIO = 11;

    private static final int ROUNDS = 5;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final OperatingSystemMXBean PROCESS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private LinearTime() {
    }

    /**
     * Runs {@code work} (which asserts its result) at {@code size} and at four times it, once to warm the JIT and then in
     * up to {@value #ROUNDS} rounds, and asserts that in some round the larger size's least time so far was below
     * {@value #RATIO} times the smaller's: linear work passes in the first round unless the machine disturbs it.
     */
    public static void assertLinear(String what, int size, IntConsumer work) {
        assertLinear(what, size, work, THREADS::getCurrentThreadCpuTime);
    }

    /**
     * As {@link #assertLinear}, for work that a build spreads over threads of its own, from the CPU time of the whole
     * process: the JIT's and the collector's threads add to both sizes' times, the machine's other processes to neither.
     */
    public static void assertLinearOverThreads(String what, int size, IntConsumer work) {
        assertLinear(what, size, work, PROCESS::getProcessCpuTime);
    }

    private static void assertLinear(String what, int size, IntConsumer work, LongSupplier cpuNanos) {
        work.accept(size);
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            small = Math.min(small, timed(work, size, cpuNanos));
            large = Math.min(large, timed(work, 4 * size, cpuNanos));
            if (large < RATIO * small) {
                return;
            }
        }
        long smallMs = small / 1_000_000;
        long largeMs = large / 1_000_000;
        fail(what + ": " + smallMs + " ms of CPU time at size " + size + ", " + largeMs + " ms at size " + 4 * size
                + "; linear work takes about 4 times as long, quadratic 16");
    }

    private static long timed(IntConsumer work, int size, LongSupplier cpuNanos) {
        long start = cpuNanos.getAsLong();
        work.accept(size);
        return cpuNanos.getAsLong() - start;
    }
}
