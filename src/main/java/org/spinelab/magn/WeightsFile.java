package org.spinelab.magn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.spinelab.util.AtomicOutput;
import org.spinelab.util.InvalidInputException;

/**
 * Named arrays in NumPy's NPZ format: a zip archive with one {@code <name>.npy} entry per array
 * (what {@code numpy.savez(path, **arrays)} writes and {@code numpy.load} reads). Names may contain
 * '/', e.g. {@code sag/s0b0/conv1/W}.
 *
 * <p>Layouts: convolution weights [kH, kW, C_in, C_out]; batch-norm {@code gamma}, {@code beta},
 * {@code mean}, {@code var} [C]; FC weights {@code fc/W_<view>} [C, 1], bias {@code fc/b} [1, 1].
 */
public final class WeightsFile {

    private WeightsFile() {}

    public static void write(Map<String, INDArray> arrays, Path path) throws IOException {
        AtomicOutput.write(path, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                    zip.write(Nd4j.toNpyByteArray(e.getValue().dup('c')));
                    zip.closeEntry();
                }
            }
        });
    }

    public static Map<String, INDArray> read(Path path) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path));
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (!name.endsWith(".npy")) {
                    continue;
                }
                byte[] bytes = zip.readAllBytes();
                out.put(name.substring(0, name.length() - 4), Nd4j.createNpyFromByteArray(bytes).dup());
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path + ": weights file not found");
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(path + ": not a readable NPZ weights file (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(path + ": no .npy arrays in the weights file");
        }
        return out;
    }
}
