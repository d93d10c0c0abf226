package org.spinelab.image.io;

import java.util.Arrays;
import java.util.Locale;
import org.spinelab.image.Affine;
import org.spinelab.util.InvalidInputException;

/**
 * The voxel grid a NRRD header describes: which axes are spatial, the 3-D dimensions and the
 * index→LPS affine (conventions in {@link NrrdFormat}).
 *
 * @param dims i, j, k sizes (k = 1 for a 2-D image)
 * @param indexToLps the affine in LPS millimetres
 */
record NrrdLayout(long[] dims, Affine indexToLps) {

    static NrrdLayout of(NrrdHeader h) {
        int dimension = h.integer("dimension", -1);
        if (dimension < 1) {
            throw new InvalidInputException(h.file() + ": NRRD header lacks a valid \"dimension\"");
        }
        long[] sizes = h.longs("sizes");
        if (sizes.length != dimension) {
            throw new InvalidInputException(h.file() + ": NRRD \"sizes\" has " + sizes.length
                    + " entries but \"dimension\" is " + dimension);
        }
        for (long s : sizes) {
            if (s < 1) {
                throw h.bad("sizes", h.get("sizes"));
            }
        }
        double[] sign = spaceSigns(h);
        double[][] directions = h.vectors("space directions");
        if (directions != null && directions.length != dimension) {
            throw new InvalidInputException(h.file() + ": NRRD \"space directions\" has " + directions.length
                    + " entries but \"dimension\" is " + dimension);
        }
        String[] kinds = h.words("kinds");
        boolean[] spatial = new boolean[dimension];
        for (int a = 0; a < dimension; a++) {
            spatial[a] = directions != null ? directions[a] != null : !nonSpatialKind(kinds, a);
        }
        // Non-spatial axes may only be singletons: they do not change the voxel layout then.
        int nSpatial = 0;
        long extra = 1;
        for (int a = 0; a < dimension; a++) {
            if (spatial[a]) {
                nSpatial++;
            } else {
                extra *= sizes[a];
            }
        }
        if (extra > 1) {
            String kind = kinds != null ? " (kinds: " + String.join(" ", kinds) + ")" : "";
            throw new InvalidInputException(h.file() + ": NRRD image has non-spatial axes with " + extra
                    + " samples per voxel" + kind + "; a scalar 3-D image is required");
        }
        if (nSpatial > 3) {
            long volumes = 1;
            int seen = 0;
            for (int a = 0; a < dimension; a++) {
                if (spatial[a] && ++seen > 3) {
                    volumes *= sizes[a];
                }
            }
            throw new InvalidInputException(h.file() + ": " + nSpatial + "-D image (" + volumes
                    + " volumes); a 3-D image is required");
        }
        if (nSpatial < 2) {
            throw new InvalidInputException(h.file() + ": NRRD image has " + nSpatial
                    + " spatial axis; a 2-D or 3-D image is required");
        }
        long[] dims = {1, 1, 1};
        double[][] cols = new double[3][];
        double[] spacings = h.doubles("spacings");
        int s = 0;
        for (int a = 0; a < dimension; a++) {
            if (!spatial[a]) {
                continue;
            }
            dims[s] = sizes[a];
            if (directions != null) {
                double[] d = directions[a];
                if (d.length != 3) {
                    throw new InvalidInputException(h.file() + ": NRRD space direction of axis " + a
                            + " has " + d.length + " components; a 3-D space is required");
                }
                cols[s] = new double[] {sign[0] * d[0], sign[1] * d[1], sign[2] * d[2]};
            } else {
                double sp = spacings != null && a < spacings.length && Double.isFinite(spacings[a]) && spacings[a] != 0
                        ? spacings[a] : 1;
                cols[s] = new double[3];
                cols[s][s] = sp;
            }
            s++;
        }
        if (cols[2] == null) {
            cols[2] = unitNormal(cols[0], cols[1], h);
        }
        double[] origin = new double[3];
        double[] o = h.vector("space origin");
        if (o != null) {
            if (o.length != 3) {
                throw h.bad("space origin", h.get("space origin"));
            }
            for (int r = 0; r < 3; r++) {
                origin[r] = sign[r] * o[r];
            }
        }
        double[][] lin = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                lin[r][c] = cols[c][r];
            }
        }
        Affine a = Affine.of(lin, origin);
        if (!(Math.abs(a.determinant()) > 0)) {
            throw new InvalidInputException(h.file() + ": NRRD space directions are degenerate: " + h.get("space directions"));
        }
        return new NrrdLayout(dims, a);
    }

    /** Per-coordinate sign that maps the declared space onto LPS. */
    private static double[] spaceSigns(NrrdHeader h) {
        String space = h.get("space");
        if (space == null) {
            String sd = h.get("space dimension");
            if (sd != null && !sd.trim().equals("3")) {
                throw new InvalidInputException(h.file() + ": NRRD space dimension " + sd + " is not supported (3 is required)");
            }
            return new double[] {1, 1, 1};
        }
        return switch (space.trim().toLowerCase(Locale.ROOT)) {
            case "left-posterior-superior", "lps" -> new double[] {1, 1, 1};
            case "right-anterior-superior", "ras" -> new double[] {-1, -1, 1};
            case "left-anterior-superior", "las" -> new double[] {1, -1, 1};
            default -> throw new InvalidInputException(h.file() + ": NRRD space \"" + space
                    + "\" is not supported; supported are left-posterior-superior, right-anterior-superior"
                    + " and left-anterior-superior");
        };
    }

    /** NRRD kinds that are not spatial axes (vector or colour components, time, lists). */
    private static boolean nonSpatialKind(String[] kinds, int axis) {
        if (kinds == null || axis >= kinds.length) {
            return false;
        }
        String k = kinds[axis].toLowerCase(Locale.ROOT);
        return !(k.equals("domain") || k.equals("space") || k.equals("???") || k.equals("none"));
    }

    private static double[] unitNormal(double[] u, double[] v, NrrdHeader h) {
        double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(len > 0)) {
            throw new InvalidInputException(h.file() + ": NRRD space directions are parallel: " + h.get("space directions"));
        }
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NrrdLayout l && Arrays.equals(dims, l.dims) && indexToLps.equals(l.indexToLps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims) * 31 + indexToLps.hashCode();
    }

    @Override
    public String toString() {
        return "NrrdLayout" + Arrays.toString(dims) + " " + indexToLps;
    }
}
