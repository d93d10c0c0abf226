package org.spinelab.radiomics.shape;

import java.util.LinkedHashMap;

/**
 * PyRadiomics' 3-D shape features ({@code shape} class) of a binary ROI.
 *
 * <p>V is the volume enclosed by the marching-cubes mesh, A its surface area (see
 * {@link SurfaceMesh}); λ1 ≥ λ2 ≥ λ3 the eigenvalues of the covariance of the physical voxel-centre
 * coordinates (see {@link PrincipalMoments}); N the number of ROI voxels.
 * <ul>
 *   <li>MeshVolume = V; VoxelVolume = N · sx·sy·sz; SurfaceArea = A; SurfaceVolumeRatio = A / V</li>
 *   <li>Sphericity = ∛(36π V²) / A; SphericalDisproportion = A / ∛(36π V²) (deprecated)</li>
 *   <li>Compactness1 = V / (A^{3/2} √π); Compactness2 = 36π V² / A³ (deprecated)</li>
 *   <li>Maximum3DDiameter: largest vertex–vertex distance; Maximum2DDiameterSlice / Column / Row:
 *       the same between vertices of equal z / y / x (the axial, coronal, sagittal planes of an
 *       axial acquisition)</li>
 *   <li>MajorAxisLength = 4√λ1, MinorAxisLength = 4√λ2, LeastAxisLength = 4√λ3,
 *       Elongation = √(λ2/λ1), Flatness = √(λ3/λ1)</li>
 * </ul>
 */
public final class ShapeFeatures {

    private ShapeFeatures() {}

    /**
     * <p>To reproduce PyRadiomics' MeshVolume to the last digit, pass the mask cropped exactly to the
     * label's bounding box (no padDistance), as PyRadiomics' extractor crops it for this class: where
     * the table resolves a complemented ambiguous cube differently from its neighbour, the mesh has
     * small gaps, and the signed-tetrahedra volume of a mesh with gaps depends on where the origin
     * (the crop's corner) lies — brain1 resampled to 2 mm gives 14970.7 mm³ on the uncropped grid and
     * PyRadiomics' 14984.0 mm³ on the tight crop. Area, diameters and axes do not depend on it.
     *
     * @param mask the ROI, index {@code i + nx·(j + ny·k)}; voxels outside the array are background
     * @param spacing voxel spacing along i, j, k (mm)
     * @return the 17 features by PyRadiomics name (without prefix), in PyRadiomics' order
     */
    public static LinkedHashMap<String, Double> compute(boolean[] mask, int nx, int ny, int nz, double[] spacing) {
        if (spacing.length != 3) {
            throw new IllegalArgumentException("3-D shape needs three spacings, got " + spacing.length);
        }
        double[] zyx = {spacing[2], spacing[1], spacing[0]};
        PaddedMask padded = PaddedMask.of3d(mask, nx, ny, nz);
        double[][] coords = voxelCoordinates(mask, nx, ny, nz, zyx);
        if (coords.length == 0) {
            throw new IllegalArgumentException("the ROI is empty: shape features need at least one voxel");
        }
        SurfaceMesh mesh = SurfaceMesh.of(padded, zyx);
        double[] ev = PrincipalMoments.eigenvalues(coords);
        double v = mesh.volume;
        double a = mesh.surfaceArea;
        double sphereArea = Math.cbrt(36 * Math.PI * v * v);

        LinkedHashMap<String, Double> f = new LinkedHashMap<>();
        f.put("MeshVolume", v);
        f.put("VoxelVolume", coords.length * (zyx[0] * zyx[2] * zyx[1]));
        f.put("SurfaceArea", a);
        f.put("SurfaceVolumeRatio", a / v);
        f.put("Sphericity", sphereArea / a);
        f.put("Compactness1", v / (Math.pow(a, 1.5) * Math.sqrt(Math.PI)));
        f.put("Compactness2", 36 * Math.PI * v * v / (a * a * a));
        f.put("SphericalDisproportion", a / sphereArea);
        f.put("Maximum3DDiameter", mesh.maximum3D);
        f.put("Maximum2DDiameterSlice", mesh.maximumSlice);
        f.put("Maximum2DDiameterColumn", mesh.maximumColumn);
        f.put("Maximum2DDiameterRow", mesh.maximumRow);
        f.put("MajorAxisLength", PrincipalMoments.axisLength(ev[2]));
        f.put("MinorAxisLength", PrincipalMoments.axisLength(ev[1]));
        f.put("LeastAxisLength", PrincipalMoments.axisLength(ev[0]));
        f.put("Elongation", PrincipalMoments.ratio(ev[1], ev[2]));
        f.put("Flatness", PrincipalMoments.ratio(ev[0], ev[2]));
        return f;
    }

    /** Physical (z, y, x) coordinates of the ROI voxels' centres. */
    private static double[][] voxelCoordinates(boolean[] mask, int nx, int ny, int nz, double[] zyx) {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        double[][] c = new double[n][];
        int t = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (mask[i + nx * (j + ny * k)]) {
                        c[t++] = new double[] {k * zyx[0], j * zyx[1], i * zyx[2]};
                    }
                }
            }
        }
        return c;
    }
}
