package org.spinelab.radiomics.ibsi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Morphological features (reference manual, section 3.1, {@code morph_*}) of the morphological ROI;
 * the intensity-weighted ones (centre of mass shift, integrated intensity, Moran's I, Geary's C) use
 * the intensity ROI.
 *
 * <pre>
 * volume V: mesh volume ({@link SurfaceMesh});  vol_approx = N_v,morph · voxel volume;  area_mesh A
 * av = A/V;  comp_1 = V/(π^{1/2} A^{3/2});  comp_2 = 36π V²/A³;  sph_dispr = A/(36π V²)^{1/3}
 * sphericity = (36π V²)^{1/3}/A;  asphericity = (A³/(36π V²))^{1/3} - 1
 * com = ||centroid of morphological voxels - intensity-weighted centroid of intensity voxels||
 * diam = largest distance between mesh (hull) vertices
 * PCA of voxel centres, eigenvalues λ1 ≥ λ2 ≥ λ3: maj/min/least axis = 4 sqrt(λ);  elongation = sqrt(λ2/λ1);
 *   flatness = sqrt(λ3/λ1)
 * vol/area density: V and A over those of the axis-aligned box (aabb), oriented minimum box (ombb),
 *   approximate enclosing ellipsoid (aee, semi-axes 2 sqrt(λ)) and convex hull
 * aee surface: 4π a b Σ_{ν=0}^{20} (αβ)^ν P_ν((α²+β²)/(2αβ)) / (1 - 4ν²),  α = sqrt(1 - b²/a²), β = sqrt(1 - c²/a²)
 * integ_int = V · mean intensity;  moran_i, geary_c: {@link SpatialAutocorrelation}
 * </pre>
 */
public final class MorphologyFeatures {

    private MorphologyFeatures() {}

    public static Map<String, Double> compute(RoiImage roi) {
        IbsiGrid g = roi.grid();
        boolean[] morph = roi.morphMask();
        SurfaceMesh mesh = SurfaceMesh.of(g, morph);
        double v = mesh.volume();
        double a = mesh.area();
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("morph_volume", v);
        f.put("morph_vol_approx", RoiImage.count(morph) * g.voxelVolume());
        f.put("morph_area_mesh", a);
        f.put("morph_av", a / v);
        f.put("morph_comp_1", v / (Math.sqrt(Math.PI) * Math.pow(a, 1.5)));
        f.put("morph_comp_2", 36 * Math.PI * v * v / (a * a * a));
        f.put("morph_sph_dispr", a / Math.cbrt(36 * Math.PI * v * v));
        f.put("morph_sphericity", Math.cbrt(36 * Math.PI * v * v) / a);
        f.put("morph_asphericity", Math.cbrt(a * a * a / (36 * Math.PI * v * v)) - 1);
        f.put("morph_com", centreOfMassShift(roi));

        ConvexHull3D hull = ConvexHull3D.of(mesh.lattice());
        double[] scale = {g.sx() / 2, g.sy() / 2, g.sz() / 2};
        double[][] hv;
        List<double[]> normals = new ArrayList<>();
        double hullVolume = Double.NaN;
        double hullArea = Double.NaN;
        if (hull != null) {
            int[] idx = hull.vertexIndices();
            hv = new double[idx.length][];
            for (int t = 0; t < idx.length; t++) {
                hv[t] = mm(hull.points()[idx[t]], scale);
            }
            hullVolume = 0;
            hullArea = 0;
            for (int[] face : hull.faces()) {
                double[] p0 = mm(hull.points()[face[0]], scale);
                double[] p1 = mm(hull.points()[face[1]], scale);
                double[] p2 = mm(hull.points()[face[2]], scale);
                hullVolume += OrientedBoundingBox.dot(p0, OrientedBoundingBox.cross(p1, p2)) / 6;
                hullArea += SurfaceMesh.triangleArea(p0, p1, p2);
                normals.add(OrientedBoundingBox.cross(
                        new double[] {p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]},
                        new double[] {p2[0] - p0[0], p2[1] - p0[1], p2[2] - p0[2]}));
            }
            hullVolume = Math.abs(hullVolume);
        } else {
            hv = mesh.vertices();
        }
        double diam = 0;
        for (int s = 0; s < hv.length; s++) {
            for (int t = s + 1; t < hv.length; t++) {
                double dx = hv[s][0] - hv[t][0];
                double dy = hv[s][1] - hv[t][1];
                double dz = hv[s][2] - hv[t][2];
                diam = Math.max(diam, dx * dx + dy * dy + dz * dz);
            }
        }
        f.put("morph_diam", Math.sqrt(diam));

        double[] lambda = pcaEigenvalues(g, morph);
        f.put("morph_pca_maj_axis", 4 * Math.sqrt(lambda[0]));
        f.put("morph_pca_min_axis", 4 * Math.sqrt(lambda[1]));
        f.put("morph_pca_least_axis", 4 * Math.sqrt(lambda[2]));
        f.put("morph_pca_elongation", Math.sqrt(lambda[1] / lambda[0]));
        f.put("morph_pca_flatness", Math.sqrt(lambda[2] / lambda[0]));

        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : hv) {
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], p[d]);
                hi[d] = Math.max(hi[d], p[d]);
            }
        }
        OrientedBoundingBox.Box aabb = new OrientedBoundingBox.Box(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
        f.put("morph_vol_dens_aabb", v / aabb.volume());
        f.put("morph_area_dens_aabb", a / aabb.area());
        OrientedBoundingBox.Box ombb = normals.isEmpty() ? aabb : OrientedBoundingBox.of(hv, normals);
        if (aabb.volume() < ombb.volume()) {
            ombb = aabb;
        }
        f.put("morph_vol_dens_ombb", v / ombb.volume());
        f.put("morph_area_dens_ombb", a / ombb.area());
        double ea = 2 * Math.sqrt(lambda[0]);
        double eb = 2 * Math.sqrt(lambda[1]);
        double ec = 2 * Math.sqrt(lambda[2]);
        f.put("morph_vol_dens_aee", v / (4 * Math.PI * ea * eb * ec / 3));
        f.put("morph_area_dens_aee", a / ellipsoidArea(ea, eb, ec));
        f.put("morph_vol_dens_conv_hull", v / hullVolume);
        f.put("morph_area_dens_conv_hull", a / hullArea);
        double[] values = roi.roiValues();
        double mean = 0;
        for (double x : values) {
            mean += x;
        }
        mean /= values.length;
        f.put("morph_integ_int", v * mean);
        double[] mc = SpatialAutocorrelation.compute(roi);
        f.put("morph_moran_i", mc[0]);
        f.put("morph_geary_c", mc[1]);
        return f;
    }

    private static double[] mm(long[] p, double[] scale) {
        return new double[] {p[0] * scale[0], p[1] * scale[1], p[2] * scale[2]};
    }

    private static double centreOfMassShift(RoiImage roi) {
        IbsiGrid g = roi.grid();
        double[] geo = new double[3];
        double[] gl = new double[3];
        int n = 0;
        double wsum = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int q = g.index(i, j, k);
                    double[] p = {i * g.sx(), j * g.sy(), k * g.sz()};
                    if (roi.morphMask()[q]) {
                        for (int d = 0; d < 3; d++) {
                            geo[d] += p[d];
                        }
                        n++;
                    }
                    if (roi.intensityMask()[q]) {
                        double w = roi.intensity()[q];
                        for (int d = 0; d < 3; d++) {
                            gl[d] += w * p[d];
                        }
                        wsum += w;
                    }
                }
            }
        }
        double s = 0;
        for (int d = 0; d < 3; d++) {
            double diff = geo[d] / n - gl[d] / wsum;
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    /** Eigenvalues (descending) of the sample covariance (1/(N-1)) of the voxel-centre positions (mm). */
    static double[] pcaEigenvalues(IbsiGrid g, boolean[] mask) {
        double[] m = new double[3];
        double[][] c = new double[3][3];
        int n = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (mask[g.index(i, j, k)]) {
                        double[] p = {i * g.sx(), j * g.sy(), k * g.sz()};
                        for (int a = 0; a < 3; a++) {
                            m[a] += p[a];
                            for (int b = 0; b < 3; b++) {
                                c[a][b] += p[a] * p[b];
                            }
                        }
                        n++;
                    }
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                c[a][b] = (c[a][b] - m[a] * m[b] / n) / (n - 1);
            }
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(c)).getRealEigenvalues();
        java.util.Arrays.sort(ev);
        return new double[] {Math.max(0, ev[2]), Math.max(0, ev[1]), Math.max(0, ev[0])};
    }

    /**
     * Surface area of an ellipsoid with semi-axes a ≥ b ≥ c by the Legendre series of the manual
     * (20 terms). {@code Q_ν = (αβ)^ν P_ν(x)} with {@code x = (α²+β²)/(2αβ)} follows Bonnet's
     * recursion {@code Q_{ν+1} = ((2ν+1) (α²+β²)/2 · Q_ν - ν (αβ)² Q_{ν-1}) / (ν+1)}, which stays finite
     * for a sphere (α = β = 0).
     */
    static double ellipsoidArea(double a, double b, double c) {
        double alpha = Math.sqrt(Math.max(0, 1 - b * b / (a * a)));
        double beta = Math.sqrt(Math.max(0, 1 - c * c / (a * a)));
        double half = (alpha * alpha + beta * beta) / 2;
        double ab2 = alpha * alpha * beta * beta;
        double qPrev = 1;
        double q = half;
        double sum = 1; // ν = 0: Q_0 / (1 - 0) = 1
        for (int nu = 1; nu <= 20; nu++) {
            sum += q / (1 - 4.0 * nu * nu);
            double qNext = ((2 * nu + 1) * half * q - nu * ab2 * qPrev) / (nu + 1);
            qPrev = q;
            q = qNext;
        }
        return 4 * Math.PI * a * b * sum;
    }
}
