package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spinelab.image.PixelType;

/** Float → integer stores against the table numpy 1.24 produced ({@code make_filter_references.py}). */
class NumpyCastsTest {

    @Test
    void matchesNumpyTable() throws IOException {
        String text;
        try (InputStream in = NumpyCastsTest.class.getResourceAsStream("/filters/numpy_casts.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.strip().split("\n");
        String[] types = lines[0].split(",");
        int checked = 0;
        for (int r = 1; r < lines.length; r++) {
            String[] f = lines[r].split(",");
            double v = f[0].equals("nan") ? Double.NaN : Double.parseDouble(f[0]);
            for (int c = 1; c < types.length; c++) {
                PixelType t = PixelType.valueOf(types[c].toUpperCase());
                assertEquals(Double.parseDouble(f[c]), NumpyCasts.store(v, t), 0, v + " as " + types[c]);
                checked++;
            }
        }
        assertEquals(60, checked);
        assertEquals((float) 2.7, NumpyCasts.store(2.7, PixelType.FLOAT32), 0);
        assertEquals(2.7, NumpyCasts.store(2.7, PixelType.FLOAT64), 0);
    }
}
