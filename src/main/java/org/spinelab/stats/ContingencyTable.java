package org.spinelab.stats;

/**
 * An r×c table of counts with its margins and the expected counts under independence,
 * {@code Eᵢⱼ = rᵢ cⱼ / N}.
 */
public final class ContingencyTable {

    private final long[][] counts;
    private final long[] rowSums;
    private final long[] colSums;
    private final long total;

    public ContingencyTable(long[][] counts) {
        if (counts.length < 2 || counts[0].length < 2) {
            throw new IllegalArgumentException("a contingency table needs at least 2 rows and 2 columns");
        }
        int c = counts[0].length;
        this.counts = new long[counts.length][];
        this.rowSums = new long[counts.length];
        this.colSums = new long[c];
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != c) {
                throw new IllegalArgumentException("ragged contingency table");
            }
            this.counts[i] = counts[i].clone();
            for (int j = 0; j < c; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                rowSums[i] += counts[i][j];
                colSums[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        this.total = n;
    }

    public static ContingencyTable of(int[][] counts) {
        long[][] l = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            l[i] = java.util.Arrays.stream(counts[i]).asLongStream().toArray();
        }
        return new ContingencyTable(l);
    }

    public int rows() {
        return counts.length;
    }

    public int columns() {
        return colSums.length;
    }

    public long count(int i, int j) {
        return counts[i][j];
    }

    public long rowSum(int i) {
        return rowSums[i];
    }

    public long columnSum(int j) {
        return colSums[j];
    }

    public long total() {
        return total;
    }

    public double expected(int i, int j) {
        return (double) rowSums[i] * colSums[j] / total;
    }

    /** The smallest expected count: below 5, papers (and we) switch from χ² to Fisher's exact test. */
    public double minExpected() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                min = Math.min(min, expected(i, j));
            }
        }
        return min;
    }

    /** The table with rows and columns swapped. */
    public ContingencyTable transpose() {
        long[][] t = new long[columns()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                t[j][i] = counts[i][j];
            }
        }
        return new ContingencyTable(t);
    }
}
