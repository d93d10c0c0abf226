package org.spinelab.image.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * NIfTI-1 single files, {@code .nii} and gzip-compressed {@code .nii.gz}.
 *
 * <h2>Coordinates</h2>
 * NIfTI's world frame is RAS+ (+x = patient's Right, +y = Anterior, +z = Superior); DICOM's and
 * ours is LPS+ (+x = Left, +y = Posterior, +z = Superior). Hence
 * <pre>  A_LPS = diag(−1, −1, 1, 1) · A_RAS</pre>
 * on reading, and the same product (it is its own inverse) on writing. The index order is the file's:
 * i = dim[1] (fastest), j = dim[2], k = dim[3]. The RAS affine comes from the sform when
 * {@code sform_code > 0}, else from the qform when {@code qform_code > 0}, else from pixdim alone
 * ({@link NiftiAffines}). Spatial units are taken as millimetres whatever {@code xyzt_units} says, as
 * nibabel does.
 *
 * <h2>Reading</h2>
 * Either byte order (detected from {@code sizeof_hdr = 348}); datatypes uint8, int8, uint16, int16,
 * uint32, int32, float32 and float64; the data starts at {@code vox_offset}. When {@code scl_slope} is
 * non-zero and (slope, intercept) ≠ (1, 0), voxels become {@code slope · stored + intercept} and the
 * pixel type becomes float32 (float64 when float32 cannot hold the scaled values exactly). A 2-D image
 * ({@code dim[0] = 2}) is one slice; an image with more than one volume along dims 4–7 is refused.
 *
 * <h2>Writing</h2>
 * Little-endian NIfTI-1 with sform and qform both set (code 1, "scanner anatomical"), the voxel type
 * chosen by {@link VoxelCodec#storageType}, and scl_slope = 1, scl_inter = 0. The header's float32
 * fields cannot hold a double-precision affine, so the exact LPS affine also goes into a comment
 * extension ({@link NiftiAffineExtension}); reading prefers it while it still agrees with the sform to
 * float32 precision, which makes write→read round trips exact (Java's shortest decimal form parses back to the same
 * double) instead of off by up to ~1e-5 mm.
 */
public final class NiftiFormat implements VolumeFormat {

    @Override
    public String name() {
        return "NIfTI-1";
    }

    @Override
    public boolean accepts(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".nii") || n.endsWith(".nii.gz");
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Volume read(Path path) throws IOException {
        try (InputStream in = ByteSource.open(path)) {
            byte[] hb = ByteSource.readExactly(in, NiftiHeader.SIZE, path, "header");
            NiftiHeader h = NiftiHeader.parse(hb, path.toString());
            PixelType type = h.pixelType(path.toString());
            long[] dims = dims(h, path);
            long offset = Math.max(NiftiHeader.MIN_VOX_OFFSET, (long) Math.floor(h.voxOffset));
            byte[] ext = ByteSource.readExactly(in, offset - NiftiHeader.SIZE, path, "header extensions");
            long n = dims[0] * dims[1] * dims[2];
            if (n > Integer.MAX_VALUE) {
                throw new InvalidInputException(path + ": image of " + n + " voxels is too large");
            }
            byte[] raw = ByteSource.readExactly(in, n * VoxelCodec.bytesPerVoxel(type), path, "voxel data");
            double[] data = VoxelCodec.decode(raw, 0, (int) n, type, h.order);
            PixelType finalType = applyScaling(h, data, type);
            Geometry g = new Geometry(dims, indexToLps(h, ext, dims, path));
            VolumeMetadata md = new VolumeMetadata(null, h.descrip.isBlank() ? null : h.descrip.strip(), null, null,
                    path.toString(), finalType);
            return Volume.wrap(g, data, md);
        }
    }

    private static long[] dims(NiftiHeader h, Path path) {
        int nd = h.dim[0];
        if (nd < 2 || nd > 7) {
            throw new InvalidInputException(path + ": NIfTI dim[0] = " + nd + "; a 2-D or 3-D image is required");
        }
        long volumes = 1;
        for (int a = 4; a <= nd; a++) {
            volumes *= Math.max(1, h.dim[a]);
        }
        if (volumes > 1) {
            throw new InvalidInputException(path + ": 4-D image (" + volumes + " volumes); a 3-D image is required");
        }
        long[] dims = {h.dim[1], h.dim[2], nd >= 3 ? h.dim[3] : 1};
        for (int a = 0; a < 3; a++) {
            if (dims[a] < 1) {
                throw new InvalidInputException(path + ": NIfTI dim[" + (a + 1) + "] = " + dims[a] + " is not positive");
            }
        }
        return dims;
    }

    /** Applies scl_slope/scl_inter in place and returns the resulting pixel type. */
    private static PixelType applyScaling(NiftiHeader h, double[] data, PixelType stored) {
        double slope = h.sclSlope, inter = h.sclInter;
        if (slope == 0 || !Double.isFinite(slope) || (slope == 1 && (inter == 0 || !Double.isFinite(inter)))) {
            return stored;
        }
        if (!Double.isFinite(inter)) {
            inter = 0;
        }
        for (int n = 0; n < data.length; n++) {
            data[n] = slope * data[n] + inter;
        }
        return PixelType.FLOAT32.canHold(data) ? PixelType.FLOAT32 : PixelType.FLOAT64;
    }

    private static Affine indexToLps(NiftiHeader h, byte[] ext, long[] dims, Path path) {
        if (h.sformCode > 0) {
            var exact = NiftiAffineExtension.find(ext, h.order);
            if (exact.isPresent() && NiftiAffineExtension.agreesWithSform(exact.get(), h.srow)) {
                return exact.get();
            }
        }
        Affine lps = Affine.scaling(-1, -1, 1).compose(NiftiAffines.indexToRas(h));
        if (Math.abs(lps.determinant()) > 1e-12) {
            return lps;
        }
        if (dims[2] == 1) {
            return withSliceNormal(lps, h.pixdim[3] > 0 ? h.pixdim[3] : 1);
        }
        throw new InvalidInputException(path + ": NIfTI header gives a singular voxel-to-world affine");
    }

    /**
     * A single slice often comes with a zero third column (pixdim[3] = 0 in the sform); the slice axis
     * is then the in-plane normal, so that the geometry stays invertible.
     */
    private static Affine withSliceNormal(Affine a, double thickness) {
        double[][] m = a.linear();
        double[] u = {m[0][0], m[1][0], m[2][0]};
        double[] v = {m[0][1], m[1][1], m[2][1]};
        double[] nrm = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        double len = Math.sqrt(nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]);
        if (len == 0) {
            throw new IllegalStateException("in-plane axes are parallel");
        }
        for (int r = 0; r < 3; r++) {
            m[r][2] = nrm[r] / len * thickness;
        }
        return Affine.of(m, a.translation());
    }

    @Override
    public void write(Volume volume, Path path) throws IOException {
        PixelType type = VoxelCodec.storageType(volume);
        Geometry g = volume.geometry();
        Affine ras = g.indexToRas();
        NiftiHeader h = new NiftiHeader();
        h.order = ByteOrder.LITTLE_ENDIAN;
        h.dim = new short[] {3, dimShort(g.dim(0), path), dimShort(g.dim(1), path), dimShort(g.dim(2), path), 1, 1, 1, 1};
        h.datatype = NiftiHeader.datatypeCode(type);
        h.bitpix = (short) (8 * VoxelCodec.bytesPerVoxel(type));
        double[] s = g.spacing();
        h.pixdim = new float[] {1, (float) s[0], (float) s[1], (float) s[2], 0, 0, 0, 0};
        h.qformCode = NiftiAffines.setQform(h, ras) ? (short) 1 : 0;
        h.sformCode = 1;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                h.srow[r][c] = (float) ras.get(r, c);
            }
        }
        h.sclSlope = 1;
        h.sclInter = 0;
        h.xyztUnits = 2; // NIFTI_UNITS_MM
        h.descrip = "Spine Radiomics Lab";
        byte[] ext = NiftiAffineExtension.encode(g.indexToLps(), h.order);
        h.voxOffset = NiftiHeader.MIN_VOX_OFFSET + ext.length;
        byte[] header = h.toBytes();
        byte[] voxels = VoxelCodec.encode(volume.data(), type, h.order);
        boolean gz = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        AtomicOutput.write(path, raw -> {
            OutputStream out = gz ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
            out.write(header);
            out.write(new byte[] {1, 0, 0, 0}); // extension flag: extensions follow
            out.write(ext);
            out.write(voxels);
            out.flush();
            if (out instanceof GZIPOutputStream z) {
                z.finish();
            }
        });
    }

    private static short dimShort(long d, Path path) {
        if (d > Short.MAX_VALUE) {
            throw new InvalidInputException(path + ": dimension " + d + " exceeds NIfTI-1's limit of 32767");
        }
        return (short) d;
    }
}
