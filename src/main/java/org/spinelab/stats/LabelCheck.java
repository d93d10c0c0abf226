package org.spinelab.stats;

import org.spinelab.util.InvalidInputException;

/** Checks of class labels that users can get wrong, with errors that name the column. */
public final class LabelCheck {

    private LabelCheck() {}

    /**
     * Requires at least {@code minPerClass} subjects labelled 1 and as many labelled 0 in
     * {@code labels}; the error names {@code column} and says which class is short.
     */
    public static void requireBothClasses(int[] labels, String column, int minPerClass) {
        int ones = 0;
        for (int l : labels) {
            if (l == 1) {
                ones++;
            } else if (l != 0) {
                throw new InvalidInputException("column '" + column + "': label must be 0 or 1, found " + l);
            }
        }
        int zeros = labels.length - ones;
        if (ones == 0 || zeros == 0) {
            throw new InvalidInputException("column '" + column + "': only one class present (" + ones
                    + " labelled 1, " + zeros + " labelled 0); ROC and group tests need both");
        }
        if (ones < minPerClass || zeros < minPerClass) {
            throw new InvalidInputException("column '" + column + "': at least " + minPerClass
                    + " subjects per class are needed, found " + ones + " labelled 1 and " + zeros + " labelled 0");
        }
    }

    /** Requires every value of {@code values} to be a finite number; the error names the column. */
    public static void requireFinite(double[] values, String column) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException("column '" + column + "': value " + (i + 1) + " is " + values[i]);
            }
        }
    }
}
