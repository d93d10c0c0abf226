package org.spinelab.image.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.spinelab.image.Affine;

/**
 * A NIfTI-1 header extension that carries the exact double-precision index→LPS affine.
 *
 * <p>Why: the header stores the sform ({@code srow_*}) and the qform as float32, so a grid such as
 * DICOM's oblique axial series (entries like 0.5566909090909088) moves by up to ~1e-5 mm on every
 * write, and a label written on that grid no longer lies exactly on it. The extension keeps the
 * doubles. It is an ordinary comment extension ({@code ecode = 6}, {@code NIFTI_ECODE_COMMENT}) whose
 * text starts with {@value #MARKER}, followed by the 12 entries of the top three rows of the LPS
 * affine, row by row, in Java's shortest round-trip decimal form. Other tools ignore or copy it.
 *
 * <p>The reader trusts it only when every entry, converted to RAS, rounds to the float32 sform that
 * stands in the same header: a file whose sform another tool has changed since keeps the sform.
 */
final class NiftiAffineExtension {

    static final String MARKER = "spinelab-lps-affine-v1";
    static final int ECODE_COMMENT = 6;

    private NiftiAffineExtension() {}

    /** The extension bytes ({@code esize}, {@code ecode}, text padded with NULs to a multiple of 16). */
    static byte[] encode(Affine lps, ByteOrder order) {
        StringBuilder sb = new StringBuilder(MARKER);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                sb.append(' ').append(lps.get(r, c));
            }
        }
        sb.append('\n');
        byte[] text = sb.toString().getBytes(StandardCharsets.US_ASCII);
        int esize = (8 + text.length + 15) / 16 * 16;
        ByteBuffer b = ByteBuffer.allocate(esize).order(order);
        b.putInt(esize).putInt(ECODE_COMMENT).put(text);
        return b.array();
    }

    /**
     * Looks for our extension in {@code ext}, the bytes from offset 348 up to {@code vox_offset}
     * (the 4-byte extension flag first). Malformed extension chains are ignored, not fatal: the
     * extension is an optional refinement of the sform.
     */
    static Optional<Affine> find(byte[] ext, ByteOrder order) {
        if (ext.length < 4 || ext[0] == 0) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(ext).order(order);
        int pos = 4;
        while (pos + 8 <= ext.length) {
            int esize = b.getInt(pos);
            int ecode = b.getInt(pos + 4);
            if (esize < 8 || pos + (long) esize > ext.length) {
                return Optional.empty();
            }
            if (ecode == ECODE_COMMENT) {
                Optional<Affine> a = parse(new String(ext, pos + 8, esize - 8, StandardCharsets.US_ASCII));
                if (a.isPresent()) {
                    return a;
                }
            }
            pos += esize;
        }
        return Optional.empty();
    }

    private static Optional<Affine> parse(String text) {
        String t = text.replace("\0", "").trim();
        if (!t.startsWith(MARKER + " ")) {
            return Optional.empty();
        }
        String[] parts = t.substring(MARKER.length()).trim().split("\\s+");
        if (parts.length != 12) {
            return Optional.empty();
        }
        double[][] rows = new double[3][4];
        try {
            for (int n = 0; n < 12; n++) {
                rows[n / 4][n % 4] = Double.parseDouble(parts[n]);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(Affine.of(rows));
    }

    /**
     * True when {@code lps}, converted to RAS, rounds entry by entry to the float32 sform {@code srow}
     * (within one float32 ulp, to allow for writers that round differently).
     */
    static boolean agreesWithSform(Affine lps, float[][] srow) {
        for (int r = 0; r < 3; r++) {
            double sign = r < 2 ? -1 : 1;
            for (int c = 0; c < 4; c++) {
                double ras = sign * lps.get(r, c);
                float stored = srow[r][c];
                if (Math.abs(ras - stored) > Math.ulp(stored) || !Double.isFinite(ras)) {
                    return false;
                }
            }
        }
        return true;
    }
}
