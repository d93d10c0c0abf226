package org.spinelab.radiomics.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.spinelab.image.Volume;
import org.spinelab.radiomics.ImageType;
import org.spinelab.util.InvalidInputException;

/**
 * Wavelet image type against PyWavelets' swtn run through PyRadiomics' padding/cropping procedure
 * ({@code src/test/python/filters/make_filter_references.py}): every derived image, voxel-wise to 1e-9
 * (float64 data; observed: identical) and for float32 data, which PyWavelets transforms in single precision.
 */
class WaveletImageTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "coif1, b, coif1, 0, 1, false, 0, 'LLH,LHL,LHH,HLL,HLH,HHL,HHH,LLL'",
        "db2-start1-level2, b, db2, 1, 2, false, 0, 'LLH,LHL,LHH,HLL,HLH,HHL,HHH,2-LLH,2-LHL,2-LHH,2-HLL,2-HLH,2-HHL,2-HHH,2-LLL'",
        "sym3-2d0, b, sym3, 0, 1, true, 0, 'LH,HL,HH,LL'",
        "haar-2d1, b, haar, 0, 1, true, 1, 'LH,HL,HH,LL'",
        "coif2-small, c, coif2, 0, 1, false, 0, 'LLH,LHL,LHH,HLL,HLH,HHL,HHH,LLL'",
        "float32-coif1, b32, coif1, 0, 1, false, 0, 'LLH,LHL,LHH,HLL,HLH,HHL,HHH,LLL'",
        "float32-db3-level2, b32, db3, 0, 2, false, 0, 'LLH,LHL,LHH,HLL,HLH,HHL,HHH,2-LLH,2-LHL,2-LHH,2-HLL,2-HLH,2-HHL,2-HHH,2-LLL'",
    })
    void matchesPyWavelets(String id, String vol, String wavelet, int start, int level, boolean force2D, int dim, String bands) {
        Volume image = FilterReferences.read("volume_" + vol + ".nrrd");
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("wavelet", wavelet);
        args.put("start_level", start);
        args.put("level", level);
        args.put("force2D", force2D);
        args.put("force2Ddimension", dim);
        List<ImageType.Derived> out = FilterReferences.derive(new WaveletImageType(), image, args);
        List<String> expectedNames = new ArrayList<>();
        for (String b : bands.split(",")) {
            expectedNames.add(b.startsWith("2-") ? "wavelet2-" + b.substring(2) : "wavelet-" + b);
        }
        assertEquals(expectedNames, out.stream().map(ImageType.Derived::name).toList());
        double worst = 0;
        for (ImageType.Derived d : out) {
            Volume ref = FilterReferences.read("wavelet_" + id + "_" + d.name() + ".nrrd");
            worst = Math.max(worst, FilterReferences.assertClose(ref, d.image().data(), 1e-9, id + " " + d.name()));
            assertTrue(d.image().geometry().equalsWithin(image.geometry(), 0), "derived image keeps the grid");
        }
        System.out.println("Wavelet " + id + ": largest relative difference to PyWavelets " + worst);
    }

    @Test
    void unsupportedWaveletIsNamed() {
        Volume image = FilterReferences.read("volume_c.nrrd");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FilterReferences.derive(new WaveletImageType(), image, Map.of("wavelet", "bior1.3")));
        assertTrue(e.getMessage().contains("bior1.3"), e.getMessage());
    }

    @Test
    void everyDocumentedFamilyIsAvailable() {
        List<String> names = WaveletFilter.supported();
        for (String n : List.of("haar", "db1", "db10", "sym2", "sym10", "coif1", "coif5")) {
            assertTrue(names.contains(n), n);
        }
        // Orthogonal wavelet filters have unit norm and Σ decLo = √2: a check that the resource parsed whole.
        for (String n : names) {
            WaveletFilter w = WaveletFilter.named(n);
            double sum = 0, norm = 0;
            for (double c : w.decLo()) {
                sum += c;
                norm += c * c;
            }
            assertEquals(Math.sqrt(2), sum, 1e-9, n);
            assertEquals(1, norm, 1e-9, n);
            assertEquals(w.decLo().length, w.decHi().length, n);
        }
    }
}
