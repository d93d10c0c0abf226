package org.spinelab.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.spinelab.image.Volume;
import org.spinelab.util.AtomicOutput;

/**
 * A PNG contact sheet of one patient for checking the phantom by eye: one row per image
 * ({@code t1_sag}, {@code t2fs_sag}, {@code cet1_sag}, {@code cet1_cor}, {@code cet1_ax}), three
 * columns (the slice where the index-lesion mask is largest and its two neighbours), each tile scaled
 * to {@value #TILE} px by nearest neighbour and windowed to its volume's 1st–99.5th percentile. The
 * index-lesion outline is drawn in red (reader 1 / true mask) and, on sagittal tiles, reader 2 in green.
 * Rows are image rows (j), columns image columns (i): sagittal tiles show anterior left and superior
 * up, coronal and axial tiles the patient's right on the left.
 */
public final class PreviewMontage {

    static final int TILE = 192;
    private static final int GAP = 4;
    private static final int RED = 0xFF3030;
    private static final int GREEN = 0x30E030;

    private PreviewMontage() {}

    public static void write(SyntheticPatient p, Path png) throws IOException {
        BufferedImage img = render(p);
        AtomicOutput.write(png, out -> ImageIO.write(img, "png", out));
    }

    static BufferedImage render(SyntheticPatient p) {
        List<SyntheticPatient.NamedVolume> rows = p.images();
        BufferedImage img = new BufferedImage(3 * TILE + 4 * GAP, rows.size() * (TILE + GAP) + GAP, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < rows.size(); r++) {
            SyntheticPatient.NamedVolume v = rows.get(r);
            Volume primary = p.get(primaryMask(v.view())).volume();
            Volume second = v.view().equals("sag") ? p.get("mask_sag_reader2").volume() : null;
            int best = largestSlice(primary);
            double[] window = window(v.volume().data());
            for (int c = 0; c < 3; c++) {
                int k = Math.max(0, Math.min(v.volume().nz() - 1, best - 1 + c));
                drawTile(img, GAP + c * (TILE + GAP), GAP + r * (TILE + GAP), v.volume(), k, window, primary, second);
            }
        }
        return img;
    }

    private static String primaryMask(String view) {
        return view.equals("sag") ? "mask_sag_reader1" : "mask_" + view + "_true";
    }

    static int largestSlice(Volume mask) {
        int best = mask.nz() / 2;
        long bestCount = 0;
        for (int k = 0; k < mask.nz(); k++) {
            long n = 0;
            for (int j = 0; j < mask.ny(); j++) {
                for (int i = 0; i < mask.nx(); i++) {
                    if (mask.get(i, j, k) != 0) {
                        n++;
                    }
                }
            }
            if (n > bestCount) {
                bestCount = n;
                best = k;
            }
        }
        return best;
    }

    private static double[] window(double[] data) {
        double[] s = data.clone();
        Arrays.sort(s);
        double lo = s[(int) (0.01 * (s.length - 1))];
        double hi = s[(int) (0.995 * (s.length - 1))];
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    private static void drawTile(BufferedImage img, int x0, int y0, Volume v, int k, double[] w, Volume m1, Volume m2) {
        int nx = v.nx(), ny = v.ny();
        for (int y = 0; y < TILE; y++) {
            int j = y * ny / TILE;
            for (int x = 0; x < TILE; x++) {
                int i = x * nx / TILE;
                int g = (int) Math.round(255 * Math.max(0, Math.min(1, (v.get(i, j, k) - w[0]) / (w[1] - w[0]))));
                int rgb = (g << 16) | (g << 8) | g;
                if (m2 != null && onOutline(m2, i, j, k, x, y, nx, ny)) {
                    rgb = GREEN;
                }
                if (onOutline(m1, i, j, k, x, y, nx, ny)) {
                    rgb = RED;
                }
                img.setRGB(x0 + x, y0 + y, rgb);
            }
        }
    }

    /** True on the one-display-pixel border of a masked voxel that touches an unmasked neighbour. */
    private static boolean onOutline(Volume m, int i, int j, int k, int x, int y, int nx, int ny) {
        if (m.get(i, j, k) == 0) {
            return false;
        }
        boolean left = x * nx / TILE != (x - 1) * nx / TILE || x == 0;
        boolean right = x * nx / TILE != (x + 1) * nx / TILE || x == TILE - 1;
        boolean top = y * ny / TILE != (y - 1) * ny / TILE || y == 0;
        boolean bottom = y * ny / TILE != (y + 1) * ny / TILE || y == TILE - 1;
        return (left && (i == 0 || m.get(i - 1, j, k) == 0)) || (right && (i == nx - 1 || m.get(i + 1, j, k) == 0))
                || (top && (j == 0 || m.get(i, j - 1, k) == 0)) || (bottom && (j == ny - 1 || m.get(i, j + 1, k) == 0));
    }
}
