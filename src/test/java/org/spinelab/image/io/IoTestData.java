package org.spinelab.image.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import org.spinelab.image.Affine;
import org.spinelab.image.Geometry;
import org.spinelab.image.PixelType;
import org.spinelab.image.Volume;
import org.spinelab.image.VolumeMetadata;
import org.spinelab.testing.SharedData;

/** Fixtures shared by the format tests: reference JSON files and synthetic volumes. */
final class IoTestData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IoTestData() {}

    /** {@code conformance/dicom/grids.json}. */
    static JsonNode grids() {
        try {
            return JSON.readTree(SharedData.conformance("dicom/grids.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource under {@code src/test/resources/io/}. */
    static JsonNode resource(String name) {
        try (InputStream in = IoTestData.class.getResourceAsStream("/io/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /io/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 4×4 {@code affine_lps} of a grid in grids.json. */
    static Affine gridAffineLps(String grid) {
        return matrix(grids().path("grids").path(grid).path("affine_lps"));
    }

    static Affine matrix(JsonNode rows) {
        double[][] m = new double[3][4];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                m[r][c] = rows.get(r).get(c).asDouble();
            }
        }
        return Affine.of(m);
    }

    static long[] dims(JsonNode array) {
        return new long[] {array.get(0).asLong(), array.get(1).asLong(), array.get(2).asLong()};
    }

    /** A small volume of {@code type} with random values covering the type's range (extremes included). */
    static Volume randomVolume(Geometry g, PixelType type, long seed) {
        Random rnd = new Random(seed);
        double[] d = new double[Math.toIntExact(g.voxelCount())];
        for (int n = 0; n < d.length; n++) {
            d[n] = switch (type) {
                case FLOAT32 -> (float) (rnd.nextGaussian() * 1e3);
                case FLOAT64 -> rnd.nextGaussian() * Math.PI * 1e5;
                default -> Math.floor(type.min() + rnd.nextDouble() * (type.max() - type.min() + 1));
            };
        }
        if (type.isInteger()) {
            d[0] = type.min();
            d[1] = type.max();
        }
        return Volume.wrap(g, d, VolumeMetadata.of("synthetic", type));
    }
}
