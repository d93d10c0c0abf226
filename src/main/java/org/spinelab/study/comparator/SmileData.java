package org.spinelab.study.comparator;

import smile.data.DataFrame;
import smile.data.vector.IntVector;

/** Plain arrays to Smile data frames: feature columns {@code f0…f(p−1)} and the class column {@code y}. */
final class SmileData {

    static final String LABEL = "y";

    private SmileData() {}

    static DataFrame features(double[][] x) {
        int p = x.length == 0 ? 0 : x[0].length;
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        return DataFrame.of(x, names);
    }

    static DataFrame labelled(double[][] x, int[] y) {
        return features(x).merge(new DataFrame(new IntVector(LABEL, y)));
    }
}
