package org.spinelab.radiomics.shape;

import java.util.LinkedHashMap;

/**
 * PyRadiomics' 2-D shape features ({@code shape2D} class) of a single-slice binary ROI.
 *
 * <p>A is the area enclosed by the marching-squares contour and P its perimeter (see
 * {@link PerimeterMesh}); λ1 ≥ λ2 the eigenvalues of the covariance of the physical pixel-centre
 * coordinates; N the number of ROI pixels.
 * <ul>
 *   <li>MeshSurface = A; PixelSurface = N · sx·sy; Perimeter = P; PerimeterSurfaceRatio = P / A</li>
 *   <li>Sphericity = 2√(πA) / P; SphericalDisproportion = 1 / Sphericity (deprecated)</li>
 *   <li>MaximumDiameter: the largest distance between two contour vertices</li>
 *   <li>MajorAxisLength = 4√λ1, MinorAxisLength = 4√λ2, Elongation = √(λ2/λ1)</li>
 * </ul>
 * PyRadiomics computes this class only for a truly 2-D mask, or a 3-D one with {@code force2D} whose
 * extent along {@code force2Ddimension} is one slice: the caller passes that slice.
 */
public final class Shape2DFeatures {

    private Shape2DFeatures() {}

    /**
     * @param mask the ROI, index {@code i + nx·j}; pixels outside the array are background
     * @param spacing2 pixel spacing along i and j (mm)
     * @return the 10 features by PyRadiomics name (without prefix), in PyRadiomics' order
     */
    public static LinkedHashMap<String, Double> compute(boolean[] mask, int nx, int ny, double[] spacing2) {
        if (spacing2.length != 2) {
            throw new IllegalArgumentException("2-D shape needs two spacings, got " + spacing2.length);
        }
        double[] yx = {spacing2[1], spacing2[0]};
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("the ROI is empty: shape2D features need at least one pixel");
        }
        double[][] coords = new double[n][];
        int t = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (mask[i + nx * j]) {
                    coords[t++] = new double[] {j * yx[0], i * yx[1]};
                }
            }
        }
        PerimeterMesh mesh = PerimeterMesh.of(PaddedMask.of2d(mask, nx, ny), yx);
        double[] ev = PrincipalMoments.eigenvalues(coords);
        double a = mesh.area;
        double p = mesh.perimeter;
        double sphericity = 2 * Math.sqrt(Math.PI * a) / p;

        LinkedHashMap<String, Double> f = new LinkedHashMap<>();
        f.put("MeshSurface", a);
        f.put("PixelSurface", n * (yx[1] * yx[0]));
        f.put("Perimeter", p);
        f.put("PerimeterSurfaceRatio", p / a);
        f.put("Sphericity", sphericity);
        f.put("SphericalDisproportion", 1.0 / sphericity);
        f.put("MaximumDiameter", mesh.maximumDiameter);
        f.put("MajorAxisLength", PrincipalMoments.axisLength(ev[1]));
        f.put("MinorAxisLength", PrincipalMoments.axisLength(ev[0]));
        f.put("Elongation", PrincipalMoments.ratio(ev[0], ev[1]));
        return f;
    }
}
