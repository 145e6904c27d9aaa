package jp.yui.ops.load;

import java.util.Arrays;

/**
 * The times of one kind of request, kept whole (a minute of load is a few tens of thousands of longs), so
 * percentiles are exact: the nearest-rank value, the smallest time at or below which that share of all times lies.
 * Safe to record into from several threads.
 */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds ({@code percent} in 0–100], or NaN when nothing was recorded. */
    public synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[rank(percent, count) - 1] / 1e6;
    }

    /** Nearest rank: ceil(p/100 × n), at least 1. */
    static int rank(double percent, int n) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is in (0, 100]: " + percent);
        }
        return Math.max(1, (int) Math.ceil(percent * n / 100));
    }
}
